using MentorBot.Dialogs.Conversations.Programmes;
using MentorBot.Dialogs.Conversations.Surveys;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MentorBot.Tests.Conversations.Surveys;

/// <summary>
/// Closing a programme whose pair has not had the end survey: the offer still pending is withdrawn at once, but the
/// active pair gets the end survey (in working hours, with its one reminder) and ends only when the week to answer it
/// is over, its people told once.
/// </summary>
public sealed class ProgrammeCloseSurveyTests : IAsyncLifetime
{
    // Friday 2 April 2027, 20:00 in Paris, where everyone works 09:00–17:00 on weekdays.
    private static readonly DateTimeOffset ClosedAt = new(2027, 4, 2, 18, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly MatchingRig _rig;
    private TeamsUser _ada = null!, _ben = null!, _maya = null!, _noah = null!;

    public ProgrammeCloseSurveyTests() => _rig = new MatchingRig(services: s => s.AddSingleton<TimeProvider>(_clock));

    private SurveyDispatch Dispatch => _rig.Bot.Services.GetRequiredService<SurveyDispatch>();

    public async Task InitializeAsync()
    {
        await _rig.ProgrammeAsync(MatchingMode.Automatic);
        _ada = await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        _ben = await _rig.PersonAsync("Ben", Role.Mentee, ["Public speaking"]);
        _maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        _noah = await _rig.PersonAsync("Noah", Role.Mentor, ["Public speaking"], locale: "fr-FR");
        Assert.Contains("2 offered to mentors", await _rig.MatchAsync());
        await _rig.PressAsync(_maya, Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId)), "Accept");
        Assert.Equal(PairStatus.Active, (await _rig.PairAsync(_ada, _maya)).Status);
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task ClosingThenTheWeek_SendsTheEndSurveyAndOneReminder_InWorkingHours_ThenEndsThePair_TellingEachOnce()
    {
        _clock.SetUtcNow(ClosedAt);
        await CloseAsync();

        Assert.Equal(PairStatus.Active, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Equal((PairStatus.Withdrawn, PairEnding.ProgrammeClosed), ((await _rig.PairAsync(_ben, _noah)).Status, (await _rig.PairAsync(_ben, _noah)).Ending!.Value));
        Assert.Empty(_rig.Messenger.TextsTo(_ada.ObjectId));
        Assert.Equal(0, await Dispatch.RunAsync(default));

        // Monday 09:00 in Paris: the end survey for both, once however often the job runs.
        _clock.SetUtcNow(new DateTimeOffset(2027, 4, 5, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await Dispatch.RunAsync(default));
        Assert.Equal(0, await Dispatch.RunAsync(default));
        Assert.Equal(["survey", "survey"], SurveyKeys());
        var surveys = await _rig.Bot.Services.GetRequiredService<SurveyStore>().ForPairAsync(_rig.Programme.Id, (await _rig.PairAsync(_ada, _maya)).Id, default);
        Assert.All(surveys, s => Assert.Equal((SurveyKind.End, false), (s.Kind, s.AwaitsSending)));

        // Three days later, unanswered: one reminder each, recorded.
        _clock.SetUtcNow(new DateTimeOffset(2027, 4, 8, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await Dispatch.RunAsync(default));
        Assert.Equal(0, await Dispatch.RunAsync(default));
        Assert.Equal(["survey", "survey", "surveyreminder", "surveyreminder"], SurveyKeys());

        // The window closes a week after the programme did: then, and not before, the pair ends.
        _clock.SetUtcNow(ClosedAt.AddDays(7).AddMinutes(-15));
        await Dispatch.RunAsync(default);
        Assert.Equal(PairStatus.Active, (await _rig.PairAsync(_ada, _maya)).Status);
        _clock.SetUtcNow(ClosedAt.AddDays(7));
        await Dispatch.RunAsync(default);
        await Dispatch.RunAsync(default);

        var pair = await _rig.PairAsync(_ada, _maya);
        Assert.Equal((PairStatus.Ended, PairEnding.ProgrammeClosed), (pair.Status, pair.Ending!.Value));
        Assert.Single(_rig.Messenger.TextsTo(_ada.ObjectId), "Data mentoring is closed, so your mentoring relationship with Maya has ended. Thank you for taking part.");
        Assert.Single(_rig.Messenger.TextsTo(_maya.ObjectId), "Data mentoring is closed, so your mentoring relationship with Ada has ended. Thank you for taking part.");
    }

    [Fact]
    public async Task APairThatHadTheEndSurvey_EndsWhenTheProgrammeCloses_AndGetsNoOtherSurvey()
    {
        _clock.SetUtcNow(new DateTimeOffset(2027, 6, 23, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await Dispatch.RunAsync(default));
        Assert.Equal(["survey", "survey"], SurveyKeys());

        _clock.SetUtcNow(new DateTimeOffset(2027, 6, 23, 9, 0, 0, TimeSpan.Zero));
        await CloseAsync();
        await Dispatch.RunAsync(default);

        Assert.Equal((PairStatus.Ended, PairEnding.ProgrammeClosed), ((await _rig.PairAsync(_ada, _maya)).Status, (await _rig.PairAsync(_ada, _maya)).Ending!.Value));
        Assert.Equal(["survey", "survey"], SurveyKeys());
    }

    private async Task CloseAsync()
    {
        var (programme, version) = (await _rig.Bot.Services.GetRequiredService<ProgrammeStore>().GetVersionedAsync(_rig.Programme.Id, default))!.Value;
        Assert.True(await _rig.Bot.Services.GetRequiredService<ProgrammeClosing>().CloseAsync(programme, version, default));
    }

    private List<string> SurveyKeys() =>
        [.. _rig.Messenger.Sent.Select(m => m.Key.Value.Split(':')[0]).Where(k => k.StartsWith("survey", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
