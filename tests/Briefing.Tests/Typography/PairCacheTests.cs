using Briefing.Layout.Fonts;
using Xunit;

namespace Briefing.Tests.Typography;

/// <summary>The kerning cache: what goes in comes out, from any thread, and a full table only stops taking pairs.</summary>
public sealed class PairCacheTests
{
    private static int Value(int pair) => (pair % 201) - 100; // negative, zero and positive kerns

    [Fact]
    public void Pairs_filled_and_read_by_many_threads_at_once_keep_their_values()
    {
        var cache = new PairCache();
        var pairs = Enumerable.Range(0, 4000).Select(i => (i * 37 % 3000) << 16 | (i * 101 % 3000)).Distinct().ToArray();
        var wrong = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            for (var round = 0; round < 3; round++)
                foreach (var pair in t % 2 == 0 ? pairs : pairs.Reverse())
                {
                    if (cache.TryGet(pair, out var value))
                    {
                        if (value != Value(pair)) Interlocked.Increment(ref wrong);
                    }
                    else cache.Add(pair, Value(pair));
                }
        });
        Assert.Equal(0, wrong);
        foreach (var pair in pairs)
        {
            Assert.True(cache.TryGet(pair, out var value), $"pair {pair:x8} missing");
            Assert.Equal(Value(pair), value);
        }
        Assert.False(cache.TryGet(3001 << 16 | 5, out _));
    }

    [Fact]
    public void A_half_full_table_takes_no_more_pairs_and_still_answers_for_those_it_has()
    {
        var cache = new PairCache();
        var added = 0;
        for (var pair = 1; pair < 10_000; pair++)
        {
            cache.Add(pair, -pair);
            if (cache.TryGet(pair, out var value))
            {
                Assert.Equal(-pair, value);
                added++;
            }
        }
        Assert.Equal(1 << 12, added);
        Assert.True(cache.TryGet(1, out var first) && first == -1);
        Assert.False(cache.TryGet(9_999, out _));
    }

    [Fact]
    public void The_largest_glyph_ids_and_the_empty_looking_pair_are_handled()
    {
        var cache = new PairCache();
        Assert.False(cache.TryGet(1, out _));        // nothing cached yet, no table yet
        cache.Add(unchecked((int)0xFFFF_FFFF), -7);   // glyph 65535 after glyph 65535
        Assert.True(cache.TryGet(unchecked((int)0xFFFF_FFFF), out var kern) && kern == -7);
        cache.Add(0, 0);                              // would be an empty slot: not cached
        Assert.False(cache.TryGet(0, out _));
        cache.Add(0, 12);
        Assert.True(cache.TryGet(0, out kern) && kern == 12);
    }
}
