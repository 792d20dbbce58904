using System.Globalization;
using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Stores;
using MentorBot.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

using static MentorBot.Tests.Conversations.Scheduling.SchedulingScenario;

namespace MentorBot.Tests.Conversations.Scheduling;

/// <summary>
/// "Find a time" through the real app with a fake of our calendar port: slots on each person's clock, booking that
/// updates the card, slots taken meanwhile, double presses, the deep-link fallback and untrusted card data.
/// </summary>
public sealed class FindATimeTests : IAsyncLifetime
{
    private readonly SchedulingRig _rig = new();

    public Task InitializeAsync() => _rig.InitializeAsync();

    public Task DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task SlotsAreShown_OnEachPersonsOwnClock_FromOneFreeBusyRequestForBoth()
    {
        await _rig.Scenario.SeedAsync();

        var mentorCard = (await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard();
        var menteeCard = (await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard();

        var slots = SchedulingScenario.Buttons(mentorCard).Select(Slot).ToList();
        Assert.InRange(slots.Count, 3, 5);
        Assert.Equal(slots, SchedulingScenario.Buttons(menteeCard).Select(Slot));
        Assert.Contains("From both calendars", SchedulingScenario.AllText(mentorCard));
        foreach (var slot in slots)
        {
            Assert.Contains(Local(slot, "Europe/Paris") + " (Europe/Paris)", SchedulingScenario.AllText(mentorCard));
            Assert.Contains(Local(slot, "America/New_York") + " (America/New_York)", SchedulingScenario.AllText(menteeCard));
            Assert.Equal(TimeSpan.FromHours(1), slot.Duration);
        }

        Assert.Equal(2, _rig.Calendar.FreeBusyCalls.Count);
        Assert.All(_rig.Calendar.FreeBusyCalls, call => Assert.Equal([Mentor.ObjectId, Mentee.ObjectId], call.People));
    }

    [Fact]
    public async Task Booking_UpdatesTheCardInPlace_SavesTheMeeting_AndTellsTheOtherOnTheirClock()
    {
        await _rig.Scenario.SeedAsync();
        var card = (await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard();
        var book = SchedulingScenario.Buttons(card)[1];

        var (booked, said) = await _rig.Scenario.ExecuteAsync(Mentee, (JObject)book["data"]!);

        var slot = Slot(book);
        Assert.True(booked is not null, "No card replaced the pressed one; the bot said: " + said.Texts());
        Assert.Contains("Meeting booked with Amélie Martin", SchedulingScenario.AllText(booked));
        Assert.Contains(Local(slot, "America/New_York"), SchedulingScenario.AllText(booked));
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", SchedulingScenario.Buttons(booked, "Action.OpenUrl").Single().Value<string>("url"));
        var request = Assert.Single(_rig.Calendar.Bookings);
        Assert.Equal((Mentor.ObjectId, Mentee.ObjectId, slot), (request.Organizer, request.Attendee, request.When));
        Assert.Equal("Mentoring – Data mentoring", request.Subject);
        Assert.Equal(slot.Start, (await _rig.Scenario.StoredPairAsync()).NextMeeting?.Start);

        var told = Assert.Single(_rig.Messenger.Sent);
        Assert.Equal(Mentor.ObjectId, told.UserObjectId);
        var toldText = SchedulingScenario.AllText(JObject.Parse(told.Card!.ToJsonString()));
        Assert.Contains(Local(slot, "Europe/Paris") + " (Europe/Paris)", toldText);
        Assert.Contains("Sam Carter booked this meeting", toldText);
    }

    [Fact]
    public async Task AMenteeBooking_WritesTheSubjectInTheMentorsLanguage_ForTheEventSitsInTheMentorsCalendar()
    {
        await _rig.Scenario.SeedAsync();
        await _rig.Bot.SendAsync(Mentor with { Locale = "fr-FR" }, "aide");
        var book = SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard())[0];

        var (booked, _) = await _rig.Scenario.ExecuteAsync(Mentee, (JObject)book["data"]!);

        Assert.Contains("Meeting booked with Amélie Martin", SchedulingScenario.AllText(booked!));
        Assert.Equal("Mentorat – Data mentoring", Assert.Single(_rig.Calendar.Bookings).Subject);
        Assert.Contains("a réservé cette rencontre", SchedulingScenario.AllText(JObject.Parse(Assert.Single(_rig.Messenger.Sent).Card!.ToJsonString())));
    }

    [Fact]
    public async Task AskingAgainAfterBooking_ShowsTheBookedMeetingWithJoinAndMove_InsteadOfASecondBooking()
    {
        await _rig.Scenario.SeedAsync();
        var book = SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard())[0];
        var booked = Slot(book);
        await _rig.Scenario.ExecuteAsync(Mentee, (JObject)book["data"]!);
        var asked = _rig.Calendar.FreeBusyCalls.Count;

        var again = (await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard();

        var text = SchedulingScenario.AllText(again);
        Assert.Contains("Meeting booked with Sam Carter", text);
        Assert.Contains($"{Local(booked, "Europe/Paris")} (Europe/Paris)", text);
        Assert.Contains("once it has taken place, find a time suggests the next one", text);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", SchedulingScenario.Buttons(again, "Action.OpenUrl").Single().Value<string>("url"));
        Assert.Equal("moveMeeting", Assert.Single(SchedulingScenario.Buttons(again)).Value<string>("verb"));
        Assert.Equal(asked, _rig.Calendar.FreeBusyCalls.Count);
    }

    [Fact]
    public async Task ABookPressOnAnOlderCard_WhileAMeetingIsBooked_BooksNothing_AndShowsTheBookedOne()
    {
        await _rig.Scenario.SeedAsync();
        var mentorCard = (await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard();
        var menteeCard = (await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard();
        var booked = SchedulingScenario.Buttons(menteeCard)[0];
        await _rig.Scenario.ExecuteAsync(Mentee, (JObject)booked["data"]!);
        var told = _rig.Messenger.Sent.Count;

        var (shown, said) = await _rig.Scenario.ExecuteAsync(Mentor, (JObject)SchedulingScenario.Buttons(mentorCard)[1]["data"]!);

        Assert.Contains($"A meeting is already booked: {Local(Slot(booked), "Europe/Paris")}", said.Texts());
        Assert.Contains("Meeting booked with Sam Carter", SchedulingScenario.AllText(shown!));
        Assert.Single(_rig.Calendar.Bookings);
        Assert.Equal(Slot(booked).Start, (await _rig.Scenario.StoredPairAsync()).NextMeeting!.Start);
        Assert.Equal(told, _rig.Messenger.Sent.Count);
    }

    [Fact]
    public async Task TwoBookPressesAtOnce_OnDifferentSlots_BookOneMeeting()
    {
        await _rig.Scenario.SeedAsync();
        var mentorSlots = SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard());
        var menteeSlots = SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard());

        await Task.WhenAll(
            Task.Run(() => _rig.Scenario.ExecuteAsync(Mentor, (JObject)mentorSlots[0]["data"]!)),
            Task.Run(() => _rig.Scenario.ExecuteAsync(Mentee, (JObject)menteeSlots[1]["data"]!)));

        var booking = Assert.Single(_rig.Calendar.Bookings);
        var stored = (await _rig.Scenario.StoredPairAsync()).NextMeeting!;
        Assert.Equal((booking.When.Start, true), (stored.Start, stored.IsBooked));
        Assert.Single(_rig.Messenger.Sent);
    }

    [Fact]
    public async Task ABookingAStopInterrupted_HoldsThePair_AndFindATimeOffersToFinishIt_WithTheSameKey()
    {
        await _rig.Scenario.SeedAsync();
        var slots = SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard());
        var interrupted = Slot(slots[0]);
        var (pair, version) = (await _rig.Scenario.Pairs.GetVersionedAsync(_rig.Scenario.Programme.Id, _rig.Scenario.Pair.Id, default))!.Value;
        await _rig.Scenario.Pairs.SaveAsync(
            pair with { MeetingSequence = 1, NextMeeting = new PairMeeting(interrupted.Start, interrupted.End, null, null) { Sequence = 1, PendingSince = DateTimeOffset.UtcNow } },
            version,
            default);

        var (_, other) = await _rig.Scenario.ExecuteAsync(Mentor, (JObject)slots[1]["data"]!);
        var finish = (await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard();
        Assert.Contains("The booking of this time was interrupted", SchedulingScenario.AllText(finish));
        var (finished, _) = await _rig.Scenario.ExecuteAsync(Mentee, (JObject)Assert.Single(SchedulingScenario.Buttons(finish))["data"]!);

        Assert.Contains("is being booked, or its booking was interrupted", other.Texts());
        Assert.Contains("Meeting booked with Amélie Martin", SchedulingScenario.AllText(finished!));
        Assert.Equal($"{_rig.Scenario.Pair.Id}@1", Assert.Single(_rig.Calendar.Bookings).BookingKey);
        var stored = (await _rig.Scenario.StoredPairAsync()).NextMeeting!;
        Assert.Equal((interrupted.Start, true, (DateTimeOffset?)null), (stored.Start, stored.IsBooked, stored.PendingSince));
    }

    [Fact]
    public async Task TheCalendarRefusingTheBooking_LeavesThePairWithoutAMeeting_AndOffersAgain()
    {
        await _rig.Scenario.SeedAsync();
        var book = SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard())[0];
        _rig.Calendar.BookOutcome = CalendarOutcome.Failed;

        var (fresh, _) = await _rig.Scenario.ExecuteAsync(Mentee, (JObject)book["data"]!);

        // The calendar cannot be used right now: the same times come back as Teams links.
        Assert.NotEmpty(SchedulingScenario.Buttons(fresh!, "Action.OpenUrl"));
        Assert.Null((await _rig.Scenario.StoredPairAsync()).NextMeeting);
        Assert.Empty(_rig.Messenger.Sent);
    }

    [Fact]
    public async Task ACalendarThatDoesNotAnswer_LeavesTheBookingPending_AndPressingAgainFinishesItWithTheSameKey()
    {
        await _rig.Scenario.SeedAsync();
        var book = (JObject)SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard())[0]["data"]!;
        _rig.Calendar.BookOutcome = CalendarOutcome.TransientFailure;

        var (_, said) = await _rig.Scenario.ExecuteAsync(Mentee, book);
        var pending = (await _rig.Scenario.StoredPairAsync()).NextMeeting!;
        _rig.Calendar.BookOutcome = CalendarOutcome.Ok;
        var (booked, _) = await _rig.Scenario.ExecuteAsync(Mentee, book);

        Assert.Contains("did not answer in time", said.Texts());
        Assert.True(pending.IsPending);
        Assert.Contains("Meeting booked with Amélie Martin", SchedulingScenario.AllText(booked!));
        Assert.Single(_rig.Calendar.Bookings.Select(b => b.BookingKey).Distinct());
        Assert.Equal(2, _rig.Calendar.Bookings.Count);
        Assert.False((await _rig.Scenario.StoredPairAsync()).NextMeeting!.IsPending);
        Assert.Single(_rig.Messenger.Sent);
    }

    [Fact]
    public async Task APendingBooking_IsFinished_EvenAfterSomeonesWorkingHoursChanged()
    {
        await _rig.Scenario.SeedAsync();
        var book = (JObject)SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard())[0]["data"]!;
        _rig.Calendar.BookOutcome = CalendarOutcome.TransientFailure;
        await _rig.Scenario.ExecuteAsync(Mentee, book);
        _rig.Calendar.BookOutcome = CalendarOutcome.Ok;
        await _rig.Bot.Services.GetRequiredService<ParticipantStore>().SaveAsync(
            SchedulingScenario.Member(_rig.Scenario.Programme.Id, BotHarness.Tenant, Mentee.ObjectId, Mentee.Name, Role.Mentee, "Asia/Tokyo"), default);

        var finish = (await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard();
        var (booked, said) = await _rig.Scenario.ExecuteAsync(Mentee, (JObject)Assert.Single(SchedulingScenario.Buttons(finish))["data"]!);

        Assert.True(booked is not null, "The pending booking was not finished; the bot said: " + said.Texts());
        Assert.Contains("Meeting booked with Amélie Martin", SchedulingScenario.AllText(booked));
        Assert.False((await _rig.Scenario.StoredPairAsync()).NextMeeting!.IsPending);
        Assert.Single(_rig.Calendar.Bookings.Select(b => b.BookingKey).Distinct());
    }

    [Fact]
    public async Task SlotTakenMeanwhile_ReplacesTheCardWithFreshSuggestions_AndBooksNothing()
    {
        await _rig.Scenario.SeedAsync();
        var card = (await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard();
        var book = SchedulingScenario.Buttons(card)[0];
        _rig.Calendar.Busy.Add(Slot(book));

        var (fresh, _) = await _rig.Scenario.ExecuteAsync(Mentor, (JObject)book["data"]!);

        Assert.NotNull(fresh);
        Assert.Contains("was just taken", SchedulingScenario.AllText(fresh));
        var offered = SchedulingScenario.Buttons(fresh).Select(Slot).ToList();
        Assert.NotEmpty(offered);
        Assert.DoesNotContain(offered, s => s.Overlaps(Slot(book)));
        Assert.Empty(_rig.Calendar.Bookings);
        Assert.Null((await _rig.Scenario.StoredPairAsync()).NextMeeting);
    }

    [Fact]
    public async Task PressingBookTwice_BooksOnce_AndTellsTheOtherOnce()
    {
        await _rig.Scenario.SeedAsync();
        var book = SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard())[0];

        var (first, _) = await _rig.Scenario.ExecuteAsync(Mentor, (JObject)book["data"]!);
        var (second, _) = await _rig.Scenario.ExecuteAsync(Mentor, (JObject)book["data"]!);

        Assert.Equal(1, _rig.Calendar.EventsCreated);
        Assert.Single(_rig.Calendar.Bookings);
        Assert.Single(_rig.Messenger.Sent);
        Assert.Contains("Meeting booked", SchedulingScenario.AllText(first!));
        Assert.Contains("Meeting booked", SchedulingScenario.AllText(second!));
    }

    [Fact]
    public async Task NoTeamsLink_TheCardSaysTheEventStandsWithoutOne()
    {
        await _rig.Scenario.SeedAsync();
        _rig.Calendar.TeamsMeetings = false;
        var book = SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard())[0];

        var (booked, _) = await _rig.Scenario.ExecuteAsync(Mentor, (JObject)book["data"]!);

        Assert.Contains("without a Teams link", SchedulingScenario.AllText(booked!));
        Assert.Empty(SchedulingScenario.Buttons(booked!, "Action.OpenUrl"));
        Assert.Equal(1, _rig.Calendar.EventsCreated);
    }

    [Theory]
    [InlineData(CalendarOutcome.NotConfigured, "calendars are not available")]
    [InlineData(CalendarOutcome.ConsentMissing, "consent missing")]
    [InlineData(CalendarOutcome.TransientFailure, "unavailable just now")]
    public async Task WithoutCalendars_SlotsComeFromDeclaredHours_EachATeamsSchedulingLink(CalendarOutcome outcome, string reason)
    {
        await _rig.Scenario.SeedAsync();
        await _rig.Bot.Services.GetRequiredService<KnownPeople>().RememberAsync(BotHarness.Tenant, Mentee.ObjectId, ["sam.carter@contoso.com"], default);
        _rig.Calendar.Outcome = outcome;

        var card = (await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard();

        Assert.Contains("From declared working hours", SchedulingScenario.AllText(card));
        Assert.Contains(reason, SchedulingScenario.AllText(card));
        Assert.Empty(SchedulingScenario.Buttons(card));
        var links = SchedulingScenario.Buttons(card, "Action.OpenUrl").Select(a => new Uri(a.Value<string>("url")!)).ToList();
        Assert.InRange(links.Count, 3, 5);
        foreach (var link in links)
        {
            Assert.Equal("https://teams.microsoft.com/l/meeting/new", link.GetLeftPart(UriPartial.Path));
            var query = Query(link);
            Assert.Equal("Mentoring – Data mentoring", query["subject"]);
            Assert.Equal("sam.carter@contoso.com", query["attendees"]);
            var slot = new TimeRange(DateTimeOffset.Parse(query["startTime"], CultureInfo.InvariantCulture), DateTimeOffset.Parse(query["endTime"], CultureInfo.InvariantCulture));
            Assert.Contains(Local(slot, "Europe/Paris"), SchedulingScenario.AllText(card));
        }

        Assert.Empty(_rig.Calendar.Bookings);
    }

    [Fact]
    public async Task PeopleOfTwoOrganisations_GetTheFallback_WithoutAskingTheCalendar()
    {
        await _rig.Scenario.SeedAsync(mentorTenant: "0c7e7a3e-1111-4222-8333-944455566677");

        var card = (await _rig.Bot.SendAsync(Mentee, "find a time")).LastCard();

        Assert.Contains("different organisations", SchedulingScenario.AllText(card));
        Assert.NotEmpty(SchedulingScenario.Buttons(card, "Action.OpenUrl"));
        Assert.Empty(_rig.Calendar.FreeBusyCalls);
    }

    [Fact]
    public async Task ForgedOrStaleCardData_IsRefusedWithAMessage_AndNothingChanges()
    {
        await _rig.Scenario.SeedAsync();
        var book = (JObject)SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard())[0]["data"]!;
        var outsider = TeamsUser.Create("Outsider");

        var (_, byOutsider) = await _rig.Scenario.ExecuteAsync(outsider, book);
        var (_, unknownPair) = await _rig.Scenario.ExecuteAsync(Mentor, With(book, "pairId", "nobody~nobody"));
        var (_, tooShort) = await _rig.Scenario.ExecuteAsync(Mentor, With(book, "end", Slot(book).Start.AddMinutes(15).ToString("O")));
        var (_, atNight) = await _rig.Scenario.ExecuteAsync(Mentor, With(With(book, "start", Slot(book).Start.Date.AddHours(2).ToString("O")), "end", Slot(book).Start.Date.AddHours(3).ToString("O")));
        var (_, garbage) = await _rig.Scenario.ExecuteAsync(Mentor, With(book, "start", new string('9', 5000)));

        Assert.Contains("not about a mentoring pair of yours", byOutsider.Texts());
        Assert.Contains("not about a mentoring pair of yours", unknownPair.Texts());
        Assert.All([tooShort, atNight, garbage], replies => Assert.Contains("not one that was offered", replies.Texts()));
        Assert.Empty(_rig.Calendar.Bookings);
        Assert.Null((await _rig.Scenario.StoredPairAsync()).NextMeeting);
    }

    [Fact]
    public async Task APairThatIsNoLongerActive_IsNotBooked()
    {
        await _rig.Scenario.SeedAsync();
        var book = (JObject)SchedulingScenario.Buttons((await _rig.Bot.SendAsync(Mentor, "find a time")).LastCard())[0]["data"]!;
        var (pair, version) = (await _rig.Scenario.Pairs.GetVersionedAsync(_rig.Scenario.Programme.Id, _rig.Scenario.Pair.Id, default))!.Value;
        await _rig.Scenario.Pairs.SaveAsync(pair with { Status = PairStatus.Ended }, version, default);

        var (_, replies) = await _rig.Scenario.ExecuteAsync(Mentor, book);

        Assert.Contains("not active any more", replies.Texts());
        Assert.Empty(_rig.Calendar.Bookings);
    }

    [Fact]
    public async Task NoActivePair_IsToldSo()
    {
        await _rig.Scenario.SeedAsync(status: PairStatus.Offered);

        Assert.Contains("no active mentoring pair yet", (await _rig.Bot.SendAsync(Mentee, "find a time")).Texts());
        Assert.Contains("pas encore de binôme", (await _rig.Bot.SendAsync(Mentee with { Locale = "fr-FR" }, "trouver un créneau")).Texts());
    }

    [Fact]
    public async Task UnknownWorkingHours_AskToSetThemInTheProfile()
    {
        await _rig.Scenario.SeedAsync(declaredHours: false);

        Assert.Contains("Set yours with profile", (await _rig.Bot.SendAsync(Mentor, "find a time")).Texts());
    }

    [Fact]
    public async Task AMentorOfTwoMentees_PicksThePairFirst_ThenGetsItsSlots_InFrench()
    {
        await _rig.Scenario.SeedAsync();
        var second = TeamsUser.Create("Chloé Dubois");
        await _rig.Bot.Services.GetRequiredService<ParticipantStore>().SaveAsync(SchedulingScenario.Member(_rig.Scenario.Programme.Id, BotHarness.Tenant, second.ObjectId, second.Name, Role.Mentee, "Europe/Paris"), default);
        await _rig.Scenario.Pairs.SaveAsync(SchedulingScenario.ActivePair(_rig.Scenario.Programme.Id, BotHarness.Tenant, second.ObjectId, BotHarness.Tenant, Mentor.ObjectId), null, default);
        var french = Mentor with { Locale = "fr-FR" };

        var pick = (await _rig.Bot.SendAsync(french, "trouver un créneau")).LastCard();
        var choices = SchedulingScenario.Buttons(pick);
        Assert.Equal(["Chloé Dubois (Data mentoring)", "Sam Carter (Data mentoring)"], choices.Select(c => c.Value<string>("title")).Order());
        var (_, messages) = await _rig.Scenario.ExecuteAsync(french, (JObject)choices.Single(c => c.Value<string>("title")!.StartsWith("Chloé", StringComparison.Ordinal))["data"]!);

        var card = messages.LastCard();
        Assert.Contains("Trouver un moment avec Chloé Dubois", SchedulingScenario.AllText(card));
        Assert.Contains("D'après vos deux calendriers", SchedulingScenario.AllText(card));
        Assert.All(SchedulingScenario.Buttons(card), b => Assert.Equal("Réserver", b.Value<string>("title")));
    }

    [Fact]
    public async Task TheFindTimeButton_OfAnotherCard_SendsTheSlotsAsANewCard()
    {
        await _rig.Scenario.SeedAsync();

        var (replaced, messages) = await _rig.Scenario.ExecuteAsync(Mentee, JObject.FromObject(new { verb = "findTime", programmeId = _rig.Scenario.Programme.Id, pairId = _rig.Scenario.Pair.Id }));

        Assert.Null(replaced);
        Assert.Contains("Find a time with Amélie Martin", messages.LastCard().ToString());
    }

    private static JObject With(JObject data, string field, string value)
    {
        var copy = (JObject)data.DeepClone();
        copy[field] = value;
        return copy;
    }

    private static Dictionary<string, string> Query(Uri link) =>
        link.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
}
