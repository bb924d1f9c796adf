using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Reliability;

/// <summary>
/// Hostile Markdown and plain text built through the real CLI: no markup, event attribute or unsafe link scheme
/// reaches the EPUB, every XML document in it parses, EPUBCheck and qpdf find nothing, and the words survive.
/// </summary>
public sealed class HostileContentTests(HostileContentTests.Builds builds) : IClassFixture<HostileContentTests.Builds>
{
    /// <summary>Each hostile input built once for all the checks.</summary>
    public sealed class Builds : IDisposable
    {
        private readonly TempDir _dir = new();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(string Dir, byte[] Pdf, byte[] Epub, string Err)>> _built = new();

        public (string Dir, byte[] Pdf, byte[] Epub, string Err) Of(string name) =>
            _built.GetOrAdd(name, n => new Lazy<(string, byte[], byte[], string)>(() => BuildRun(_dir, n))).Value;

        public void Dispose() => _dir.Dispose();
    }

    private const string HostileMarkdown = """
        ---
        title: "<script>alert('t')</script> Title & <b>Co</b>"
        author: "Eve \u0001 <img src=x onerror=alert(1)>"
        keywords: ["<iframe>", "a\u202Eb"]
        ---

        # Hostile <em onclick="x()">Title</em>

        Lede with <script>alert('lede')</script> a script and <iframe src="https://evil.example"></iframe> a frame.

        ## Links chapter

        [js](javascript:alert(1)) [JS upper](JAVASCRIPT:alert(1)) [spaced]( javascript:alert(1)) [entity](jav&#x61;script:alert(1))
        [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1)) [file](file:///etc/passwd)
        [ok web](https://example.org/a?b=1&c=<2>) [ok mail](mailto:someone@example.org) <javascript:alert(2)> <https://example.org/auto>

        <div onclick="steal()" style="background:url(javascript:alert(1))">Block <b onmouseover="x()">HTML</b> text</div>

        <script>
        document.write('block script');
        </script>

        <iframe srcdoc="<script>alert(3)</script>"></iframe>

        ## Characters chapter

        Entities &amp; &lt;script&gt; &#0; &#xD800; &#x1; &#65534; &nbsp; &copy; stay text. CDATA-ish: <![CDATA[ ]]> and ]]> and <!-- comment --> too.

        Controls: a\u0001b\u0008c\u000Bd\u007Fe\u0085f and noncharacters \uFFFE\uFFFF and bidi \u202Eevil\u202C \u2066iso\u2069 end.

        A very long word: LONGWORD_PLACEHOLDER then more words.

        `<script>code span</script>` and

        ```html
        <script>alert('code block')</script>
        ```

        ## FAQ

        ### What about <script>questions</script>?

        An <a href="javascript:alert(1)" onclick="x">answer</a> with raw anchors.
        """;

    /// <summary>The raw literal's \uXXXX become the characters themselves in the body (the front matter's are YAML's
    /// own escapes, which YAML decodes).</summary>
    private static string Markdown()
    {
        var end = HostileMarkdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        var body = Regex.Replace(HostileMarkdown[end..], @"\\u([0-9A-F]{4})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        Assert.Contains('\u0001', body);
        return HostileMarkdown[..end] + body.Replace("LONGWORD_PLACEHOLDER", new string('w', 20_000), StringComparison.Ordinal);
    }

    private static string PlainText() =>
        "Hostile <script>alert(1)</script> Title\n\nLede <iframe src=x> with javascript:alert(1) and \u0001\uFFFE\u202E controls.\n\n" +
        "Chapter One\n\n" + new string('x', 20_000) + " <b onclick=\"x\">bold?</b> &amp; ]]> <![CDATA[x]]>\n\nFAQ\n\nAn answer <img src=x onerror=y>.\n";

    public static TheoryData<string> Inputs => new() { "article.md", "article.txt" };

    private (string Dir, byte[] Pdf, byte[] Epub) Build(string name)
    {
        var (d, pdf, epub, _) = builds.Of(name);
        return (d, pdf, epub);
    }

    private static (string Dir, byte[] Pdf, byte[] Epub, string Err) BuildRun(TempDir dir, string name)
    {
        var source = dir.File(Path.GetFileNameWithoutExtension(name) + "/" + name, name.EndsWith(".md", StringComparison.Ordinal) ? Markdown() : PlainText());
        var outDir = Path.Combine(dir.Path, Path.GetFileNameWithoutExtension(name), "out");
        var run = CliRun.Of("build", source, "-o", outDir);
        Assert.True(run.ExitCode == 0, run.Err);
        var stem = Path.GetFileNameWithoutExtension(name);
        return (outDir, File.ReadAllBytes(Path.Combine(outDir, stem + ".pdf")), File.ReadAllBytes(Path.Combine(outDir, stem + ".epub")), run.Err);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void No_markup_or_unsafe_scheme_reaches_the_epub_and_every_document_parses(string name)
    {
        var (_, _, epub) = Build(name);
        using var zip = new ZipArchive(new MemoryStream(epub));
        var xmlEntries = zip.Entries.Where(e => Regex.IsMatch(e.FullName, @"\.(xhtml|opf|ncx|xml)$")).ToList();
        Assert.NotEmpty(xmlEntries);
        foreach (var entry in xmlEntries)
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            var doc = XDocument.Parse(text);   // throws on anything XML 1.0 forbids
            var elements = doc.Descendants().ToList();
            foreach (var forbidden in new[] { "script", "iframe", "object", "embed", "frame", "form", "img" })
                Assert.DoesNotContain(elements, e => e.Name.LocalName == forbidden && !(forbidden == "img" && IsCover(entry.FullName, e)));
            Assert.DoesNotContain(elements.SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) && !a.IsNamespaceDeclaration);
            foreach (var a in elements.SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName is "href" or "src" or "srcdoc" or "style" or "content"))
            {
                var v = Regex.Replace(a.Value, @"\s", "").ToLowerInvariant();
                Assert.False(v.StartsWith("javascript:") || v.StartsWith("data:") || v.StartsWith("vbscript:") || v.StartsWith("file:") || v.Contains("url(javascript"),
                    $"{entry.FullName}: {a.Parent!.Name.LocalName} {a.Name}={a.Value}");
            }
            // Links out are only web and mail links.
            foreach (var href in elements.Where(e => e.Name.LocalName == "a").Select(e => (string?)e.Attribute("href")).OfType<string>())
                Assert.True(href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal)
                            || href.StartsWith("mailto:", StringComparison.Ordinal) || !href.Contains(':'), href);
            Assert.DoesNotMatch(@"[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]", text);
        }
        // The words around the hostile bits survive as text.
        var all = string.Join(" ", xmlEntries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .Select(e => { using var r = new StreamReader(e.Open()); return XDocument.Parse(r.ReadToEnd()).Root!.Value; }));
        Assert.Contains(new string(name.EndsWith(".md") ? 'w' : 'x', 20_000), all);
        if (name.EndsWith(".md", StringComparison.Ordinal))
        {
            foreach (var word in new[] { "Lede", "frame.", "Block", "HTML", "Entities", "<script>", "stay", "CDATA-ish", "Controls", "answer", "ok web" })
                Assert.Contains(word, all);
        }
    }

    private static bool IsCover(string entry, XElement img) => ((string?)img.Attribute("src") ?? "").Contains("cover", StringComparison.OrdinalIgnoreCase) || entry.Contains("cover", StringComparison.OrdinalIgnoreCase);

    [EpubCheckTheory]
    [MemberData(nameof(Inputs))]
    public void Epubcheck_finds_nothing(string name)
    {
        var (_, _, epub) = Build(name);
        var result = EpubCheck.Run(epub, "hostile-" + Path.GetFileNameWithoutExtension(name));
        Assert.True(result.Fatals + result.Errors + result.Warnings == 0, result.ToString());
    }

    [ToolTheory("qpdf")]
    [MemberData(nameof(Inputs))]
    public void Qpdf_check_is_clean_and_the_pdf_opens(string name)
    {
        var (outDir, pdf, _, err) = builds.Of(name);
        // Noncharacters are dropped, as in the EPUB, not drawn as a missing glyph.
        Assert.DoesNotContain("U+FFFE", err);
        var file = Path.Combine(outDir, Path.GetFileNameWithoutExtension(name) + ".pdf");
        var run = ToolRun.Of("qpdf", "--check", file);
        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.Contains("No syntax or stream encoding errors", run.Out);
        Assert.DoesNotContain("WARNING", run.Out + run.Err);
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(doc.GetPages().Select(p => p.Text));
        Assert.DoesNotContain("\uFFFE", text);
        // The 20,000-character word is broken across lines, never drawn past the page's edge.
        foreach (var page in doc.GetPages())
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, page.Width + 0.5));
    }
}
