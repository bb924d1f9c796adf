using System.Numerics;
using System.Text;
using Briefing.Layout;

namespace Briefing.Pdf;

/// <summary>
/// The distinct characters of each face on a page, in code point order, with the size of the face's first item: what
/// <see cref="PageRenderer"/> draws once per face so that PDFsharp embeds their glyphs. The Basic Multilingual Plane is
/// a bit set reused page after page, the rare characters beyond it a sorted set: a hash set per face and page, filled
/// character by character, was 2 % of a build's CPU. One per document, on one thread.
/// </summary>
internal sealed class PageRunes
{
    private sealed class Face
    {
        public readonly ulong[] Bmp = new ulong[1024];
        public SortedSet<int>? Astral;
        public double Size;
    }

    private readonly List<Face?> _faces = [];
    private readonly List<int> _used = [];

    /// <summary>Adds the item's characters (an unpaired surrogate counts as U+FFFD, as when it is drawn).</summary>
    public void Add(TextItem item)
    {
        var text = item.Text;
        if (text.Length == 0) return;
        while (_faces.Count <= item.Face) _faces.Add(null);
        var face = _faces[item.Face] ??= new Face();
        if (!_used.Contains(item.Face))
        {
            _used.Add(item.Face);
            face.Size = item.Size;
        }
        for (var i = 0; i < text.Length;)
        {
            int cp = text[i];
            if (char.IsSurrogate(text[i]))
            {
                Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
                (cp, i) = (rune.Value, i + consumed);
            }
            else i++;
            if (cp < 0x10000) face.Bmp[cp >> 6] |= 1UL << cp;
            else (face.Astral ??= []).Add(cp);
        }
    }

    /// <summary>Each face used since the last call, in face order, with its size and characters; then forgets them.</summary>
    public List<(int Face, double Size, string Chars)> Take()
    {
        _used.Sort();
        var taken = new List<(int, double, string)>(_used.Count);
        var chars = new StringBuilder();
        foreach (var index in _used)
        {
            var face = _faces[index]!;
            chars.Clear();
            for (var word = 0; word < face.Bmp.Length; word++)
            {
                for (var bits = face.Bmp[word]; bits != 0; bits &= bits - 1)
                    chars.Append((char)(word << 6 | BitOperations.TrailingZeroCount(bits)));
                face.Bmp[word] = 0;
            }
            if (face.Astral is { Count: > 0 } astral)
            {
                foreach (var cp in astral) chars.Append(char.ConvertFromUtf32(cp));
                astral.Clear();
            }
            taken.Add((index, face.Size, chars.ToString()));
        }
        _used.Clear();
        return taken;
    }
}
