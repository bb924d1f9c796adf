using System.Security.Cryptography;
using System.Text;
using Briefing.Layout;
using PdfSharp.Pdf;

namespace Briefing.Pdf;

/// <summary>
/// Makes PDFsharp's output a function of its input: the trailer /ID comes from a hash of the layout and timestamp,
/// and after saving, the random XMP DocumentID/InstanceID and font subset tags ("ABCDEF+") are replaced in place
/// by values derived from the same hash. Replacements keep their length, so no offset in the file moves.
/// (Annotation /NM and /M are set by <see cref="PageRenderer"/>.)
/// </summary>
internal static class Reproducible
{
    /// <summary>A digest of everything that decides the file's content.</summary>
    public static byte[] Seed(LaidOutDocument layout, DateTimeOffset timestamp)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Every drawn string goes in (a 1,000-page file has ~10^5), gathered in one buffer that is hashed when full:
        // a call into the hash per string cost more than the hashing (the digest is the same either way).
        var buffer = new byte[16384];
        var used = 0;
        void Add(string s)
        {
            var most = Encoding.UTF8.GetMaxByteCount(s.Length) + 1;
            if (buffer.Length - used < most)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
                if (buffer.Length < most) buffer = new byte[most];
            }
            used += Encoding.UTF8.GetBytes(s, buffer.AsSpan(used));
            buffer[used++] = 1; // separator, so "ab"+"c" and "a"+"bc" differ
        }
        var info = layout.Info;
        Add(info.Title); Add(info.Author); Add(info.Subject); Add(info.Keywords); Add(info.Language);
        Add(timestamp.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var f in layout.Fonts) Add(Path.GetFileName(f));
        foreach (var page in layout.Pages)
        {
            Add($"{page.Number}:{page.Width}x{page.Height}");
            foreach (var item in page.Items)
                if (item is TextItem t) Add(t.Text);
        }
        hash.AppendData(buffer, 0, used);
        return hash.GetHashAndReset();
    }

    /// <summary>Sets the trailer's two file identifiers (the same for a new file, as PDFsharp does).</summary>
    public static void SetFileId(PdfDocument document, byte[] seed)
    {
        var id = new string(seed.Take(16).Select(b => (char)b).ToArray());
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }

    /// <summary>Replaces the random parts of the saved file.</summary>
    public static void Patch(byte[] pdf, byte[] seed)
    {
        var counter = 0;
        foreach (var key in new[] { "<xmpMM:DocumentID>uuid:", "<xmpMM:InstanceID>uuid:" })
            foreach (var at in Find(pdf, key))
                Write(pdf, at + key.Length, Uuid(seed, counter++));

        // Subset tags are six capitals and '+' before the font name, in /BaseFont and /FontName entries.
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in new[] { "/BaseFont", "/FontName" })
            foreach (var at in Find(pdf, key))
            {
                var start = at + key.Length;
                while (start < pdf.Length && pdf[start] is (byte)' ' or (byte)'\n' or (byte)'\r') start++;
                if (start >= pdf.Length || pdf[start] != (byte)'/') continue;
                start++;
                if (!IsSubsetTag(pdf, start)) continue;
                var tag = Encoding.ASCII.GetString(pdf, start, 6);
                if (!tags.TryGetValue(tag, out var replacement))
                {
                    var name = ReadName(pdf, start + 7);
                    for (var n = 0; ; n++)
                    {
                        replacement = Letters(seed, $"{name}|{tags.Count}|{n}");
                        if (used.Add(replacement)) break;
                    }
                    tags[tag] = replacement;
                }
                Write(pdf, start, replacement);
            }
    }

    private static bool IsSubsetTag(byte[] pdf, int at)
    {
        if (at + 7 > pdf.Length || pdf[at + 6] != (byte)'+') return false;
        for (var i = 0; i < 6; i++)
            if (pdf[at + i] is < (byte)'A' or > (byte)'Z') return false;
        return true;
    }

    private static string ReadName(byte[] pdf, int at)
    {
        var end = at;
        while (end < pdf.Length && end - at < 127 && pdf[end] > ' ' && pdf[end] is not ((byte)'/' or (byte)'>' or (byte)'[')) end++;
        return Encoding.ASCII.GetString(pdf, at, end - at);
    }

    private static string Uuid(byte[] seed, int n)
    {
        var bytes = SHA256.HashData([.. seed, (byte)n, (byte)'u']);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5 layout: name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes, 0, 16);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    private static string Letters(byte[] seed, string salt)
    {
        var bytes = SHA256.HashData([.. seed, .. Encoding.UTF8.GetBytes(salt)]);
        return new string(bytes.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }

    private static void Write(byte[] pdf, int at, string ascii)
    {
        if (at + ascii.Length > pdf.Length) return;
        Encoding.ASCII.GetBytes(ascii, 0, ascii.Length, pdf, at);
    }

    private static List<int> Find(byte[] haystack, string needle)
    {
        var pattern = Encoding.ASCII.GetBytes(needle);
        var found = new List<int>();
        var offset = 0;
        while (offset < haystack.Length)
        {
            var i = haystack.AsSpan(offset).IndexOf(pattern);
            if (i < 0) break;
            found.Add(offset + i);
            offset += i + pattern.Length;
        }
        return found;
    }
}
