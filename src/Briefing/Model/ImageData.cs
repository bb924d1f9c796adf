namespace Briefing.Model;

/// <summary>The encodings a figure may have: each is placed in the PDF as it is and is a core EPUB media type.</summary>
internal enum ImageFormat
{
    /// <summary>PNG (image/png).</summary>
    Png,
    /// <summary>Baseline or progressive JPEG (image/jpeg).</summary>
    Jpeg,
}

/// <summary>An image file read once at import: its bytes, and its size in pixels and in points.</summary>
/// <param name="Bytes">The file as read; never changed.</param>
/// <param name="Format">Its encoding.</param>
/// <param name="PixelWidth">Width in pixels.</param>
/// <param name="PixelHeight">Height in pixels.</param>
/// <param name="DpiX">Horizontal resolution the file declares, or 96 (the web's CSS pixel) when it declares none.</param>
/// <param name="DpiY">Vertical resolution, likewise.</param>
/// <param name="Orientation">Exif orientation: 1 as stored, 3 turned half round, 6 a quarter clockwise, 8 a quarter
/// anticlockwise (how a phone camera records which way up it was held).</param>
internal sealed record ImageData(byte[] Bytes, ImageFormat Format, int PixelWidth, int PixelHeight, double DpiX, double DpiY, int Orientation = 1)
{
    /// <summary>The resolution assumed when a file names none: one pixel per CSS pixel.</summary>
    public const double DefaultDpi = 96;

    /// <summary>Whether it is seen a quarter turned from how it is stored (width and height swap).</summary>
    public bool QuarterTurned => Orientation is 6 or 8;

    /// <summary>Natural width in points, as seen.</summary>
    public double Width => QuarterTurned ? PixelHeight * 72.0 / DpiY : PixelWidth * 72.0 / DpiX;

    /// <summary>Natural height in points, as seen.</summary>
    public double Height => QuarterTurned ? PixelWidth * 72.0 / DpiX : PixelHeight * 72.0 / DpiY;

    /// <summary>The media type for the EPUB manifest.</summary>
    public string MediaType => Format == ImageFormat.Png ? "image/png" : "image/jpeg";

    /// <summary>The file name extension, without the dot.</summary>
    public string Extension => Format == ImageFormat.Png ? "png" : "jpg";
}
