using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Manifest;

/// <summary>The packaged icons meet Teams' rules, checked on their decoded pixels.</summary>
public sealed class AppIconTests(PackagedApp app) : IClassFixture<PackagedApp>
{
    [Fact]
    public void Manifest_PointsAtTheTwoIconsInThePackage()
    {
        Assert.Equal("color.png", app.Manifest["icons"]?["color"]?.GetValue<string>());
        Assert.Equal("outline.png", app.Manifest["icons"]?["outline"]?.GetValue<string>());
    }

    [Fact]
    public void ColorIcon_Is192By192_AndFullColour()
    {
        var icon = PngDecoder.Decode(app.Files["color.png"]);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Contains(icon.ColorType, new[] { PngColorType.Truecolour, PngColorType.TruecolourAlpha });
        // Full colour, not a white-on-transparent outline saved at the wrong size: most pixels are visible and vivid.
        var pixels = icon.Pixels().ToList();
        Assert.True(pixels.Count(p => p.A == 255) > pixels.Count / 2, "Most of the colour icon should be opaque.");
        Assert.True(pixels.Count(p => p.Saturation >= 64) > pixels.Count / 4, "The colour icon should be mostly coloured, not grey.");
    }

    [Fact]
    public void OutlineIcon_Is32By32_WhiteOnATransparentBackground()
    {
        var icon = PngDecoder.Decode(app.Files["outline.png"]);

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var pixel = icon[x, y];
                Assert.True(pixel.A == 0 || pixel.IsWhite, $"Pixel ({x}, {y}) is {pixel}: an outline icon has only white pixels, its shape in the alpha channel.");
                var onBorder = x == 0 || y == 0 || x == icon.Width - 1 || y == icon.Height - 1;
                Assert.True(!onBorder || pixel.A == 0, $"Border pixel ({x}, {y}) is not transparent: the background must be.");
            }
        }

        var pixels = icon.Pixels().ToList();
        Assert.True(pixels.Count(p => p.A == 255) >= 60, "The outline icon should have a solid white shape.");
        Assert.True(pixels.Count(p => p.A == 0) > pixels.Count / 2, "Most of the outline icon should be transparent background.");
    }

    [Fact]
    public void PackagedIcons_AreTheCommittedOnes()
    {
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("manifest", "color.png")), app.Files["color.png"]);
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("manifest", "outline.png")), app.Files["outline.png"]);
    }
}
