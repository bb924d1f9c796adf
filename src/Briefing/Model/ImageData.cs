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
internal sealed record ImageData(byte[] Bytes, ImageFormat Format, int PixelWidth, int PixelHeight, double DpiX, double DpiY)
{
    /// <summary>The resolution assumed when a file names none: one pixel per CSS pixel.</summary>
    public const double DefaultDpi = 96;

    /// <summary>Natural width in points.</summary>
    public double Width => PixelWidth * 72 / DpiX;

    /// <summary>Natural height in points.</summary>
    public double Height => PixelHeight * 72 / DpiY;

    /// <summary>The media type for the EPUB manifest.</summary>
    public string MediaType => Format == ImageFormat.Png ? "image/png" : "image/jpeg";

    /// <summary>The file name extension, without the dot.</summary>
    public string Extension => Format == ImageFormat.Png ? "png" : "jpg";
}
