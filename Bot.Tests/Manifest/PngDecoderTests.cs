using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MentorBot.Tests.Manifest;

/// <summary>The small PNG decoder the icon tests rely on, against images built here byte by byte.</summary>
public sealed class PngDecoderTests
{
    [Fact]
    public void Decode_UndoesEveryRowFilter()
    {
        // Five rows, one per filter type (None, Sub, Up, Average, Paeth), of three RGBA pixels with distinct values.
        const int width = 3, height = 5;
        var pixels = new byte[height][];
        for (var y = 0; y < height; y++)
            pixels[y] = Enumerable.Range(0, width * 4).Select(i => (byte)((y * 53) + (i * 29) + 7)).ToArray();

        var image = PngDecoder.Decode(Png(width, height, PngColorType.TruecolourAlpha, Filter(pixels, 4)));

        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var expected = new Rgba(pixels[y][x * 4], pixels[y][(x * 4) + 1], pixels[y][(x * 4) + 2], pixels[y][(x * 4) + 3]);
                Assert.Equal(expected, image[x, y]);
            }
        }
    }

    [Fact]
    public void Decode_ReadsTruecolourWithoutAlphaAsOpaque()
    {
        var image = PngDecoder.Decode(Png(1, 1, PngColorType.Truecolour, [0, 10, 20, 30]));

        Assert.Equal(new Rgba(10, 20, 30, 255), image[0, 0]);
    }

    [Fact]
    public void Decode_RefusesAChunkWhoseCrcIsWrong()
    {
        var png = Png(1, 1, PngColorType.TruecolourAlpha, [0, 255, 255, 255, 255]);
        png[^20] ^= 0xFF; // a byte inside the IDAT data

        var refused = Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(png));

        Assert.Contains("CRC", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_RefusesAFileThatIsNotAPng()
    {
        Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(Encoding.ASCII.GetBytes("GIF89a, not a PNG at all")));
    }

    /// <summary>Applies filter type y % 5 to row y, forwards, as an encoder would.</summary>
    private static byte[] Filter(byte[][] rows, int bpp)
    {
        using var output = new MemoryStream();
        for (var y = 0; y < rows.Length; y++)
        {
            var filter = (byte)(y % 5);
            output.WriteByte(filter);
            for (var i = 0; i < rows[y].Length; i++)
            {
                int a = i >= bpp ? rows[y][i - bpp] : 0, b = y > 0 ? rows[y - 1][i] : 0, c = y > 0 && i >= bpp ? rows[y - 1][i - bpp] : 0;
                var p = a + b - c;
                var paeth = Math.Abs(p - a) <= Math.Abs(p - b) && Math.Abs(p - a) <= Math.Abs(p - c) ? a : Math.Abs(p - b) <= Math.Abs(p - c) ? b : c;
                var predictor = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) >> 1, _ => paeth };
                output.WriteByte((byte)(rows[y][i] - predictor));
            }
        }

        return output.ToArray();
    }

    private static byte[] Png(int width, int height, PngColorType colorType, byte[] filteredRows)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(filteredRows);

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = (byte)colorType;

        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        png.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.Write(crc);
    }

    /// <summary>Bitwise CRC-32 (ISO-HDLC), written differently from the decoder's table-driven one on purpose.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
        }

        return ~crc;
    }
}
