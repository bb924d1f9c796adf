using System.IO.Compression;
using System.Text;
using Briefing.Epub;
using Xunit;

namespace Briefing.Tests.Epub;

/// <summary>The zip container: mimetype first and stored, fixed times, reproducible bytes, any output stream.</summary>
public class EpubContainerTests
{
    private static EpubPackage Fixture() => EpubPackage.Write(EpubFixture.Document(), EpubFixture.Style(), EpubFixture.Options(EpubFixture.Document()));

    [Fact]
    public void Mimetype_is_the_first_entry_stored_without_extra_field()
    {
        var bytes = Fixture().Bytes;
        // Local file header of the first entry, read straight from the bytes as a reading system does.
        Assert.Equal(0x04034b50u, BitConverter.ToUInt32(bytes, 0));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 6) & 0x0008);  // no data descriptor: sizes are in the header
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 8));           // method 0 = stored
        Assert.Equal(8, BitConverter.ToUInt16(bytes, 26));          // name length
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 28));          // extra field length
        Assert.Equal("mimetype", Encoding.ASCII.GetString(bytes, 30, 8));
        Assert.Equal("application/epub+zip", Encoding.ASCII.GetString(bytes, 38, 20));
        Assert.Equal(20u, BitConverter.ToUInt32(bytes, 18));        // compressed size = uncompressed size

        var package = new EpubPackage(bytes);
        Assert.Equal("mimetype", package.EntryNames[0]);
        Assert.Equal("META-INF/container.xml", package.EntryNames[1]);
    }

    [Fact]
    public void Two_writes_of_the_same_input_are_byte_identical()
    {
        var a = Fixture().Bytes;
        var b = Fixture().Bytes;
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_different_timestamp_changes_the_bytes_but_not_the_identifier()
    {
        var doc = EpubFixture.Document();
        var a = EpubPackage.Write(doc, EpubFixture.Style(), EpubFixture.Options(doc));
        var b = EpubPackage.Write(doc, EpubFixture.Style(), EpubFixture.Options(doc) with { Modified = EpubFixture.Modified.AddDays(1) });
        Assert.NotEqual(a.Bytes, b.Bytes);
        Assert.Equal(a.Metadata.Element(EpubPackage.Dc + "identifier")!.Value, b.Metadata.Element(EpubPackage.Dc + "identifier")!.Value);
    }

    [Fact]
    public void Every_entry_carries_the_fixed_timestamp_in_entry_order()
    {
        var package = Fixture();
        using var zip = new ZipArchive(new MemoryStream(package.Bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            // DOS times have two-second resolution.
            var t = entry.LastWriteTime;
            Assert.Equal(EpubFixture.Modified.DateTime.AddSeconds(-(EpubFixture.Modified.Second % 2)), t.DateTime);
        }
        Assert.Equal(package.EntryNames.Count, package.EntryNames.Distinct().Count());
        Assert.Equal("EPUB/package.opf", package.EntryNames[2]);
    }

    [Fact]
    public void Timestamps_before_1980_are_clamped_not_rejected()
    {
        var doc = EpubFixture.Document();
        var package = EpubPackage.Write(doc, EpubFixture.Style(), new EpubOptions(DateTimeOffset.FromUnixTimeSeconds(0), EpubFixture.Pages(doc)));
        using var zip = new ZipArchive(new MemoryStream(package.Bytes), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
        Assert.Equal("1970-01-01T00:00:00Z", package.Metadata.Elements(EpubPackage.Opf + "meta")
            .Single(m => (string?)m.Attribute("property") == "dcterms:modified").Value);
    }

    [Fact]
    public void Writes_to_a_forward_only_stream()
    {
        var doc = EpubFixture.Document();
        var sink = new ForwardOnlyStream();
        EpubWriter.Write(doc, EpubFixture.Style(), EpubFixture.Options(doc), sink);
        Assert.Equal(Fixture().Bytes, sink.Written.ToArray());
    }

    /// <summary>A write-only, non-seekable stream (like a pipe or an HTTP response body).</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
