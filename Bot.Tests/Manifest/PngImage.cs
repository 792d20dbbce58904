namespace MentorBot.Tests.Manifest;

/// <summary>A decoded PNG: its header facts and its pixels as 8-bit RGBA, row by row.</summary>
public sealed class PngImage(int width, int height, PngColorType colorType, byte[] rgba)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    /// <summary>How the file stores colour; the pixels below are RGBA whatever it is.</summary>
    public PngColorType ColorType { get; } = colorType;

    public Rgba this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return new Rgba(rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]);
        }
    }

    public IEnumerable<Rgba> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
                yield return this[x, y];
        }
    }
}

public enum PngColorType : byte
{
    Greyscale = 0,
    Truecolour = 2,
    Indexed = 3,
    GreyscaleAlpha = 4,
    TruecolourAlpha = 6,
}

public readonly record struct Rgba(byte R, byte G, byte B, byte A)
{
    public bool IsWhite => R == 255 && G == 255 && B == 255;

    /// <summary>Spread between the strongest and weakest channel: 0 for any grey, large for a vivid colour.</summary>
    public int Saturation => Math.Max(R, Math.Max(G, B)) - Math.Min(R, Math.Min(G, B));
}
