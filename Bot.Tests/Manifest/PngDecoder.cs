using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MentorBot.Tests.Manifest;

/// <summary>
/// Just enough of PNG (RFC 2083) to check app icons without an imaging package: 8-bit samples, every colour type,
/// no interlacing. Chunk CRCs are verified, so a truncated or corrupted file fails here rather than in Teams.
/// </summary>
public static class PngDecoder
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static PngImage Decode(byte[] file)
    {
        if (file.Length < Signature.Length || !file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
            throw new InvalidDataException("Not a PNG: the signature is wrong.");

        int width = 0, height = 0;
        var colorType = PngColorType.TruecolourAlpha;
        byte[] palette = [], transparency = [];
        using var compressed = new MemoryStream();
        var offset = Signature.Length;
        var chunkIndex = 0;
        var ended = false;
        while (!ended)
        {
            if (offset + 12 > file.Length)
                throw new InvalidDataException("Truncated PNG: no IEND chunk.");
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset)));
            var type = Encoding.ASCII.GetString(file, offset + 4, 4);
            if (offset + 12 + length > file.Length)
                throw new InvalidDataException($"Truncated PNG: chunk {type} runs past the end of the file.");
            var data = file.AsSpan(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset + 8 + length));
            if (Crc32(file.AsSpan(offset + 4, length + 4)) != crc)
                throw new InvalidDataException($"Corrupt PNG: chunk {type} fails its CRC.");
            if (chunkIndex == 0 && type != "IHDR")
                throw new InvalidDataException("Not a PNG: the first chunk is not IHDR.");

            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    if (data[8] != 8)
                        throw new NotSupportedException($"PNG bit depth {data[8]}: this decoder reads 8-bit samples only.");
                    colorType = (PngColorType)data[9];
                    if (!Enum.IsDefined(colorType))
                        throw new InvalidDataException($"PNG colour type {data[9]} does not exist.");
                    if (data[12] != 0)
                        throw new NotSupportedException("Interlaced PNG: this decoder reads non-interlaced images only.");
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    ended = true;
                    break;
            }

            offset += 12 + length;
            chunkIndex++;
        }

        var channels = colorType switch
        {
            PngColorType.Greyscale or PngColorType.Indexed => 1,
            PngColorType.GreyscaleAlpha => 2,
            PngColorType.Truecolour => 3,
            _ => 4,
        };
        var scanlines = Unfilter(Inflate(compressed.ToArray()), width, height, channels);
        return new PngImage(width, height, colorType, ToRgba(scanlines, width * height, colorType, channels, palette, transparency));
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Undoes the per-row filters (None, Sub, Up, Average, Paeth) into packed samples.</summary>
    private static byte[] Unfilter(byte[] filtered, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        if (filtered.Length != height * (stride + 1))
            throw new InvalidDataException($"PNG image data holds {filtered.Length} bytes; {width}x{height} needs {height * (stride + 1)}.");

        var samples = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = filtered[y * (stride + 1)];
            var source = filtered.AsSpan((y * (stride + 1)) + 1, stride);
            var row = samples.AsSpan(y * stride, stride);
            var above = y == 0 ? new byte[stride] : samples.AsSpan((y - 1) * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                int up = above[i];
                int upLeft = i >= bytesPerPixel ? above[i - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG row {y} has unknown filter type {filter}."),
                };
                row[i] = (byte)(source[i] + predictor);
            }
        }

        return samples;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] samples, int pixels, PngColorType colorType, int channels, byte[] palette, byte[] transparency)
    {
        var rgba = new byte[pixels * 4];
        for (var p = 0; p < pixels; p++)
        {
            var s = samples.AsSpan(p * channels, channels);
            var target = rgba.AsSpan(p * 4, 4);
            switch (colorType)
            {
                case PngColorType.Greyscale:
                    target[0] = target[1] = target[2] = s[0];
                    target[3] = MatchesKey(s, transparency) ? (byte)0 : (byte)255;
                    break;
                case PngColorType.GreyscaleAlpha:
                    target[0] = target[1] = target[2] = s[0];
                    target[3] = s[1];
                    break;
                case PngColorType.Indexed:
                    if ((s[0] * 3) + 2 >= palette.Length)
                        throw new InvalidDataException($"PNG palette index {s[0]} is outside the palette.");
                    palette.AsSpan(s[0] * 3, 3).CopyTo(target);
                    target[3] = s[0] < transparency.Length ? transparency[s[0]] : (byte)255;
                    break;
                case PngColorType.Truecolour:
                    s.CopyTo(target);
                    target[3] = MatchesKey(s, transparency) ? (byte)0 : (byte)255;
                    break;
                default:
                    s.CopyTo(target);
                    break;
            }
        }

        return rgba;
    }

    /// <summary>tRNS for greyscale and truecolour names one colour (as 16-bit samples) that is fully transparent.</summary>
    private static bool MatchesKey(ReadOnlySpan<byte> samples, byte[] transparency)
    {
        if (transparency.Length != samples.Length * 2)
            return false;
        for (var i = 0; i < samples.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(i * 2)) != samples[i])
                return false;
        }

        return true;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }

        return table;
    }
}
