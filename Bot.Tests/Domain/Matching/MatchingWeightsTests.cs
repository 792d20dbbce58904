using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Domain.Matching;

public sealed class MatchingWeightsTests
{
    [Fact]
    public void TheDefaults_AddUpTo1000_AndAPairNeeds40Percent()
    {
        Assert.Equal(1000, MatchingWeights.Default.Maximum);
        Assert.Equal(400, MatchingWeights.Default.MinimumScore);
        Assert.Empty(MatchingWeights.Default.Check());
    }

    [Fact]
    public void AProgramme_WithBadWeights_IsRefused()
    {
        var programme = People.Programme(weights: MatchingWeights.Default with { Skills = -1, MinimumPercent = 101 });

        Assert.Equal(["ErrorNumberRange", "ErrorNumberRange"], ProgrammeRules.Check(programme).Select(e => e.MessageKey));
    }

    [Fact]
    public void AllWeightsZero_IsRefused()
    {
        var none = new MatchingWeights { Skills = 0, Goals = 0, SharedHours = 0, TimeZone = 0, Department = 0, Seniority = 0, Language = 0 };

        Assert.Equal("ErrorMatchingWeightsAllZero", Assert.Single(none.Check()).MessageKey);
    }

    [Fact]
    public void AProgrammeStoredBeforeWeightsExisted_ReadsWithTheDefaults()
    {
        var json = StoreJson.Write(People.Programme());
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        old.Remove("weights");
        old.Remove("circles");

        var read = StoreJson.Read<Programme>(old.ToJsonString());

        Assert.Equal(MatchingWeights.Default, read.Weights);
        Assert.Equal(Dialogs.Domain.Matching.Circles.CircleSettings.Default, read.Circles);
    }

    [Fact]
    public void AProgrammesOwnWeights_SurviveStorage()
    {
        var programme = People.Programme(weights: MatchingWeights.Default with { Skills = 500, MinimumPercent = 55 });

        Assert.Equal(programme.Weights, StoreJson.Read<Programme>(StoreJson.Write(programme)).Weights);
    }
}
