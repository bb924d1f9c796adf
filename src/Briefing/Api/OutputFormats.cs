namespace Briefing;

/// <summary>Which outputs a build writes.</summary>
[Flags]
public enum OutputFormats
{
    /// <summary>The printable briefing.</summary>
    Pdf = 1,
    /// <summary>The e-book.</summary>
    Epub = 2,
    /// <summary>Both.</summary>
    All = Pdf | Epub,
}
