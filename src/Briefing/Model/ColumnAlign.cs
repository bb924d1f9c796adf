namespace Briefing.Model;

/// <summary>How a table column sets its cells. <see cref="Default"/> is a column the source left unaligned (set
/// left, but written back without a colon), kept apart from an explicit <see cref="Left"/> so an export round-trips.</summary>
internal enum ColumnAlign
{
    /// <summary>No alignment given (`---`): set left.</summary>
    Default,
    /// <summary>`:---`.</summary>
    Left,
    /// <summary>`:---:`.</summary>
    Center,
    /// <summary>`---:`.</summary>
    Right,
}
