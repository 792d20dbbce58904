using System.Globalization;
using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;
using Newtonsoft.Json.Linq;

using static MentorBot.Tests.Conversations.Scheduling.SchedulingScenario;

namespace MentorBot.Tests.Conversations.Scheduling;

/// <summary>
/// Moving a booked meeting through the real app with a fake of our calendar port: Move this meeting offers times
/// (the meeting's own time counts as free), Move here moves the event and tells the other person once; stale,
/// repeated and failed presses change nothing, and an event deleted from the calendar is forgotten.
/// </summary>
public sealed class MoveMeetingTests : IAsyncLifetime
{
    private readonly SchedulingRig _rig = new();

    public Task InitializeAsync() => _rig.InitializeAsync();

    public Task DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task MoveThisMeeting_OffersOtherTimes_AndMoveHere_MovesTheEvent_UpdatesTheCard_AndTellsTheOtherOnTheirClock()
    {
        var (booked, bookedCard) = await BookAsync();
        var move = MoveButton(bookedCard);

        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, move);

        var offer = said.LastCard();
        Assert.Contains("Move your meeting with Amélie Martin", SchedulingScenario.AllText(offer));
        Assert.Contains($"Now: {Local(booked, "America/New_York")}", SchedulingScenario.AllText(offer));
        var targets = SchedulingScenario.Buttons(offer);
        Assert.NotEmpty(targets);
        Assert.All(targets, b => Assert.Equal(("moveSlot", "Move here"), (b.Value<string>("verb"), b.Value<string>("title"))));
        Assert.DoesNotContain(booked, targets.Select(Slot));

        var target = targets[0];
        var (moved, _) = await _rig.Scenario.ExecuteAsync(Mentee, (JObject)target["data"]!);

        var slot = Slot(target);
        Assert.Contains("Meeting with Amélie Martin moved", SchedulingScenario.AllText(moved!));
        Assert.Contains(Local(slot, "America/New_York"), SchedulingScenario.AllText(moved!));
        var request = Assert.Single(_rig.Calendar.Moves);
        var stored = (await _rig.Scenario.StoredPairAsync()).NextMeeting!;
        Assert.Equal((BotHarness.Tenant, Mentor.ObjectId, "event-0", slot), (request.TenantId, request.Organizer, request.EventId, request.When));
        Assert.Equal((slot.Start, slot.End, "event-0"), (stored.Start, stored.End, stored.EventId));
        Assert.Single(_rig.Calendar.Bookings);

        var told = _rig.Messenger.Sent[^1];
        Assert.Equal(Mentor.ObjectId, told.UserObjectId);
        var toldText = SchedulingScenario.AllText(JObject.Parse(told.Card!.ToJsonString()));
        Assert.Contains("Sam Carter moved this meeting", toldText);
        Assert.Contains(Local(slot, "Europe/Paris") + " (Europe/Paris)", toldText);
    }

    [Fact]
    public async Task TheMeetingsOwnTime_CountsAsFree_SoItCanMoveByAQuarterOfAnHour()
    {
        var (booked, _) = await BookAsync();

        // Graph reports the booked meeting as busy in both calendars from now on.
        _rig.Calendar.Busy.Add(booked);
        var nearby = Nearby(booked);

        var (moved, said) = await _rig.Scenario.ExecuteAsync(Mentor, MoveHere(nearby, booked));

        Assert.True(moved is not null, "The meeting did not move; the bot said: " + said.Texts());
        Assert.Equal(nearby, Assert.Single(_rig.Calendar.Moves).When);
        Assert.Equal(nearby.Start, (await _rig.Scenario.StoredPairAsync()).NextMeeting!.Start);
    }

    [Fact]
    public async Task AnotherAppointmentOverlappingTheMeeting_StillCounts_SoTheMeetingDoesNotMoveOntoIt()
    {
        var (booked, _) = await BookAsync();
        var nearby = Nearby(booked);

        // Someone also has a quarter-hour appointment inside the meeting's time, where the moved meeting would overlap it.
        _rig.Calendar.Busy.Add(booked);
        var clash = nearby.Start > booked.Start ? new TimeRange(booked.End - SlotFinder.Grain, booked.End) : new TimeRange(booked.Start, booked.Start + SlotFinder.Grain);
        _rig.Calendar.Busy.Add(clash);

        var (fresh, _) = await _rig.Scenario.ExecuteAsync(Mentor, MoveHere(nearby, booked));

        Assert.Contains("the meeting was not moved", SchedulingScenario.AllText(fresh!));
        Assert.Empty(_rig.Calendar.Moves);
        Assert.Equal(booked.Start, (await _rig.Scenario.StoredPairAsync()).NextMeeting!.Start);
        Assert.DoesNotContain(SchedulingScenario.Buttons(fresh!).Select(Slot), s => s.Overlaps(clash) || s.Start == booked.Start);
    }

    [Fact]
    public async Task PressingMoveHereTwice_PutsTheEventThereAgain_AndTellsTheOtherOnce()
    {
        var (booked, bookedCard) = await BookAsync();
        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, MoveButton(bookedCard));
        var target = (JObject)SchedulingScenario.Buttons(said.LastCard())[0]["data"]!;
        var toldBefore = _rig.Messenger.Sent.Count;

        var (first, _) = await _rig.Scenario.ExecuteAsync(Mentee, target);
        var (second, _) = await _rig.Scenario.ExecuteAsync(Mentee, target);

        // The second press moves the event to where it already is (it would finish a move a stop interrupted).
        Assert.Equal(2, _rig.Calendar.Moves.Count);
        Assert.Single(_rig.Calendar.Moves.Select(m => m.When).Distinct());
        Assert.Equal(SchedulingScenario.AllText(first!), SchedulingScenario.AllText(second!));
        Assert.Equal(toldBefore + 1, _rig.Messenger.Sent.Count);
        Assert.NotEqual(booked.Start, (await _rig.Scenario.StoredPairAsync()).NextMeeting!.Start);
    }

    [Fact]
    public async Task MovingThereAndBackAgain_TellsTheOtherEachTime()
    {
        var (booked, bookedCard) = await BookAsync();
        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, MoveButton(bookedCard));
        var away = Slot(SchedulingScenario.Buttons(said.LastCard())[0]);

        await _rig.Scenario.ExecuteAsync(Mentee, MoveHere(away, booked));
        await _rig.Scenario.ExecuteAsync(Mentee, MoveHere(booked, away));
        await _rig.Scenario.ExecuteAsync(Mentee, MoveHere(away, booked));

        Assert.Equal(3, _rig.Messenger.Sent.Count(m => m.Key.Value.StartsWith("meetingMoved", StringComparison.Ordinal)));
        Assert.Equal(away.Start, (await _rig.Scenario.StoredPairAsync()).NextMeeting!.Start);
        Assert.Equal(3, _rig.Calendar.Moves.Count);
    }

    [Fact]
    public async Task RebookingTheSameSlot_AfterTheEventWasDeleted_BooksAndTellsAgain()
    {
        var (booked, bookedCard) = await BookAsync();
        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, MoveButton(bookedCard));
        _rig.Calendar.MoveOutcome = CalendarOutcome.Gone;
        await _rig.Scenario.ExecuteAsync(Mentee, (JObject)SchedulingScenario.Buttons(said.LastCard())[0]["data"]!);

        var (again, _) = await _rig.Scenario.ExecuteAsync(Mentee, JObject.FromObject(new { verb = "bookSlot", programmeId = _rig.Scenario.Programme.Id, pairId = _rig.Scenario.Pair.Id, start = booked.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), end = booked.End.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) }));

        Assert.Contains("Meeting booked with Amélie Martin", SchedulingScenario.AllText(again!));
        Assert.Equal(2, _rig.Calendar.Bookings.Select(b => b.BookingKey).Distinct().Count());
        Assert.Equal(2, _rig.Messenger.Sent.Count(m => m.Key.Value.StartsWith("meetingBooked", StringComparison.Ordinal)));
        Assert.Equal(booked.Start, (await _rig.Scenario.StoredPairAsync()).NextMeeting!.Start);
    }

    [Fact]
    public async Task TheCalendarRefusingTheMove_PutsTheMeetingBack()
    {
        var (booked, bookedCard) = await BookAsync();
        var original = (await _rig.Scenario.StoredPairAsync()).NextMeeting!;
        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, MoveButton(bookedCard));
        _rig.Calendar.MoveOutcome = CalendarOutcome.ConsentMissing;

        var (replaced, answer) = await _rig.Scenario.ExecuteAsync(Mentee, (JObject)SchedulingScenario.Buttons(said.LastCard())[0]["data"]!);

        Assert.Null(replaced);
        Assert.Contains("the meeting stays where it is", answer.Texts());
        Assert.Equal(original, (await _rig.Scenario.StoredPairAsync()).NextMeeting);
        Assert.Equal(booked.Start, original.Start);
        Assert.DoesNotContain(_rig.Messenger.Sent, m => m.Key.Value.StartsWith("meetingMoved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMoveTheCalendarDidNotConfirm_StaysPending_AndFindATimeOffersToFinishIt()
    {
        var (booked, bookedCard) = await BookAsync();
        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, MoveButton(bookedCard));
        var target = Slot(SchedulingScenario.Buttons(said.LastCard())[0]);
        _rig.Calendar.MoveOutcome = CalendarOutcome.TransientFailure;
        var (_, slow) = await _rig.Scenario.ExecuteAsync(Mentee, MoveHere(target, booked));
        _rig.Calendar.MoveOutcome = CalendarOutcome.Ok;

        var finish = (await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard();
        var (moved, _) = await _rig.Scenario.ExecuteAsync(Mentor, (JObject)Assert.Single(SchedulingScenario.Buttons(finish))["data"]!);

        Assert.Contains("did not answer in time", slow.Texts());
        Assert.Contains("Moving the meeting to this time was interrupted", SchedulingScenario.AllText(finish));
        Assert.Contains($"Now: {Local(booked, "Europe/Paris")}", SchedulingScenario.AllText(finish));
        Assert.Contains("Meeting with Sam Carter moved", SchedulingScenario.AllText(moved!));
        var stored = (await _rig.Scenario.StoredPairAsync()).NextMeeting!;
        Assert.Equal((target.Start, false), (stored.Start, stored.IsPending));

        // Sam moved it, though Amélie's press finished it: Amélie is told Sam moved it, Sam is not told he did.
        var told = Assert.Single(_rig.Messenger.Sent, m => m.Key.Value.StartsWith("meetingMoved", StringComparison.Ordinal));
        Assert.Equal(Mentor.ObjectId, told.UserObjectId);
        Assert.Contains("Sam Carter moved this meeting", SchedulingScenario.AllText(JObject.Parse(told.Card!.ToJsonString())));
    }

    [Fact]
    public async Task ABookPressAtTheTimeTheMeetingWasMovedTo_TellsNobodyAgain()
    {
        var (booked, bookedCard) = await BookAsync();
        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, MoveButton(bookedCard));
        var away = Slot(SchedulingScenario.Buttons(said.LastCard())[0]);
        await _rig.Scenario.ExecuteAsync(Mentee, MoveHere(away, booked));
        var book = MoveHere(away, booked);
        book["verb"] = "bookSlot";
        book.Remove("from");

        var (shown, _) = await _rig.Scenario.ExecuteAsync(Mentor, book);

        Assert.Contains("Meeting with Sam Carter moved", SchedulingScenario.AllText(shown!));
        Assert.Equal(["meetingBooked", "meetingMoved"], _rig.Messenger.Sent.Select(m => m.Key.Value.Split(':')[0]));
        Assert.Single(_rig.Calendar.Bookings);
    }

    [Fact]
    public async Task ACardFromBeforeTheLastMove_IsStale_AndChangesNothing()
    {
        var (booked, bookedCard) = await BookAsync();
        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, MoveButton(bookedCard));
        var targets = SchedulingScenario.Buttons(said.LastCard());
        await _rig.Scenario.ExecuteAsync(Mentee, (JObject)targets[0]["data"]!);
        var afterFirstMove = await _rig.Scenario.StoredPairAsync();

        // The mentor still has the first booked card and the older offer: both name the meeting's old start.
        var (_, staleMove) = await _rig.Scenario.ExecuteAsync(Mentor, MoveButton(bookedCard));
        var (replaced, staleTarget) = await _rig.Scenario.ExecuteAsync(Mentor, (JObject)targets[1]["data"]!);

        Assert.Contains("already moved, or has passed", staleMove.Texts());
        Assert.Null(replaced);
        Assert.Contains("already moved, or has passed", staleTarget.Texts());
        Assert.Single(_rig.Calendar.Moves);
        Assert.Equal(afterFirstMove.NextMeeting, (await _rig.Scenario.StoredPairAsync()).NextMeeting);
        Assert.NotEqual(booked.Start, afterFirstMove.NextMeeting!.Start);
    }

    [Fact]
    public async Task AnEventDeletedFromTheCalendar_IsForgotten_AndNewTimesAreOfferedToBook()
    {
        var (_, bookedCard) = await BookAsync();
        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, MoveButton(bookedCard));
        _rig.Calendar.MoveOutcome = CalendarOutcome.Gone;

        var (fresh, _) = await _rig.Scenario.ExecuteAsync(Mentee, (JObject)SchedulingScenario.Buttons(said.LastCard())[0]["data"]!);

        Assert.Contains("no longer in the calendar", SchedulingScenario.AllText(fresh!));
        Assert.All(SchedulingScenario.Buttons(fresh!), b => Assert.Equal("bookSlot", b.Value<string>("verb")));
        Assert.NotEmpty(SchedulingScenario.Buttons(fresh!));
        Assert.Null((await _rig.Scenario.StoredPairAsync()).NextMeeting);
        Assert.DoesNotContain(_rig.Messenger.Sent, m => m.Key.Value.StartsWith("meetingMoved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CalendarsUnavailable_WhenMoving_KeepsTheMeetingWhereItIs_AndSaysSo()
    {
        var (booked, bookedCard) = await BookAsync();
        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, MoveButton(bookedCard));
        _rig.Calendar.Outcome = CalendarOutcome.TransientFailure;

        var (replaced, answer) = await _rig.Scenario.ExecuteAsync(Mentee, (JObject)SchedulingScenario.Buttons(said.LastCard())[0]["data"]!);

        Assert.Null(replaced);
        Assert.Contains("the meeting stays where it is", answer.Texts());
        Assert.Empty(_rig.Calendar.Moves);
        Assert.Equal(booked.Start, (await _rig.Scenario.StoredPairAsync()).NextMeeting!.Start);
    }

    // The mentee books the first slot offered; returns it and the booked card that replaced the offer.
    private async Task<(TimeRange Slot, JObject Card)> BookAsync()
    {
        await _rig.Scenario.SeedAsync();
        var book = SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard())[0];
        var (card, said) = await _rig.Scenario.ExecuteAsync(Mentee, (JObject)book["data"]!);
        Assert.True(card is not null, "Booking failed; the bot said: " + said.Texts());
        return (Slot(book), card);
    }

    private static JObject MoveButton(JObject bookedCard) =>
        (JObject)Assert.Single(SchedulingScenario.Buttons(bookedCard), b => b.Value<string>("verb") == "moveMeeting")["data"]!;

    private JObject MoveHere(TimeRange slot, TimeRange from) => JObject.FromObject(new
    {
        verb = "moveSlot",
        programmeId = _rig.Scenario.Programme.Id,
        pairId = _rig.Scenario.Pair.Id,
        start = Iso(slot.Start),
        end = Iso(slot.End),
        from = Iso(from.Start),
    });

    // A quarter of an hour later or earlier, whichever stays inside both people's working hours.
    private static TimeRange Nearby(TimeRange slot)
    {
        var mentor = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Europe/Paris");
        var mentee = mentor with { TimeZone = "America/New_York" };
        return new[] { SlotFinder.Grain, -SlotFinder.Grain }
            .Select(shift => new TimeRange(slot.Start + shift, slot.End + shift))
            .First(s => SlotFinder.WithinWorkingHours(mentor, s) && SlotFinder.WithinWorkingHours(mentee, s) && s.Start > DateTimeOffset.UtcNow);
    }

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
