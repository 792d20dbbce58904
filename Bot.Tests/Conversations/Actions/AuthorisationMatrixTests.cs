using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Conversations.Actions;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Actions;

/// <summary>
/// Every card verb registered in DI, pressed by each person who must not be able to press it: each is refused with
/// a message in their language, sees no card, and every table stays as it was. The verbs come from the router, not
/// from a list kept here: a new action without an entry in <see cref="Presses"/> fails
/// <see cref="EveryRegisteredVerb_HasAnEntryInTheMatrix"/>, so no action can skip the matrix.
/// </summary>
public sealed class AuthorisationMatrixTests
{
    /// <summary>For each verb: a payload about the world, who may press it, and who may not.</summary>
    private static Dictionary<string, (JObject Payload, Func<AccessWorld, TeamsUser> Right, Func<AccessWorld, TeamsUser[]> Wrong)> Presses(AccessWorld w)
    {
        var p = w.Programme.Id;
        TeamsUser[] NotLeads(AccessWorld x) => [x.Mentee, x.OfferedMentor, x.Outsider, x.ForeignLead, AccessWorld.TwinElsewhere(x.Lead), x.Nobody];
        TeamsUser[] NotInPair(AccessWorld x) => [x.OfferedMentee, x.Lead, x.Outsider, AccessWorld.TwinElsewhere(x.Mentee), AccessWorld.TwinElsewhere(x.Mentor), x.Nobody];
        TeamsUser[] NotTheOfferedMentor(AccessWorld x) => [x.OfferedMentee, x.Mentor, x.Lead, x.Outsider, AccessWorld.TwinElsewhere(x.OfferedMentor), x.Nobody];

        // Actions on the presser's own data: another person can only ever act on their own, so the wrong presses are
        // the ones with no such data here (outside the programme, the same id in another tenant, no identity).
        TeamsUser[] NotMembers(AccessWorld x) => [x.Outsider, AccessWorld.TwinElsewhere(x.Mentee), x.ForeignLead, x.Nobody];
        TeamsUser[] Unidentified(AccessWorld x) => [x.Nobody];

        var pair = new JObject { ["programmeId"] = p, ["pairId"] = w.ActivePair.Id };
        var slot = new JObject(pair.Properties()) { ["start"] = "2027-01-05T09:00:00Z", ["end"] = "2027-01-05T10:00:00Z", ["from"] = "2027-01-04T09:00:00Z" };
        var offer = new JObject { ["programmeId"] = p, ["pairId"] = w.Offer.Id };
        var programme = new JObject { ["programmeId"] = p };
        return new()
        {
            [CardData.JoinVerb] = (new JObject { ["role"] = "mentee" }, x => x.Outsider, Unidentified),
            [PauseCard.Verb] = (new JObject { ["until"] = "2027-01-15" }, x => x.Mentee, Unidentified),
            [DeleteMyDataCard.Verb] = ([], x => x.Mentee, Unidentified),
            [ProfileCard.EditVerb] = (new JObject { ["programme"] = p, ["part"] = "goals" }, x => x.Mentee, NotMembers),
            [LeaveCard.Verb] = (new JObject { ["programme"] = p }, x => x.Mentee, NotMembers),
            [MentorChoiceCard.Verb] = (new JObject { ["programmeId"] = p, ["mentorId"] = w.Mentor.ObjectId }, x => x.Chooser, x => [x.Mentor, .. NotMembers(x)]),
            [NewProgrammeCard.Verb] = ([], x => x.Lead, x => [x.Mentee, x.Outsider, AccessWorld.TwinElsewhere(x.Lead), x.Nobody]),
            [ProgrammeCard.EditVerb] = (programme, x => x.Lead, NotLeads),
            [ProgrammeFormCard.SaveVerb] = (new JObject { ["programmeId"] = p, ["version"] = w.ProgrammeVersion, ["name"] = "Taken over", ["type"] = "CrossOrganisation", ["allowedTenants"] = AccessWorld.OtherTenant }, x => x.Lead, NotLeads),
            [ProgrammeCard.CloseVerb] = (programme, x => x.Lead, NotLeads),
            [ProgrammeCloseCard.Verb] = (new JObject { ["programmeId"] = p, ["version"] = w.ProgrammeVersion }, x => x.Lead, NotLeads),
            [ProgrammeCard.InviteVerb] = (programme, x => x.Lead, NotLeads),
            [InviteCard.SendVerb] = (new JObject { ["programmeId"] = p, ["addresses"] = "someone@contoso.com" }, x => x.Lead, NotLeads),
            [MatchPickCard.Verb] = (programme, x => x.Lead, NotLeads),
            [MatchApprovalCard.ApproveVerb] = (new JObject { ["programmeId"] = p, ["pairId"] = w.FirstProposal.Id }, x => x.Lead, NotLeads),
            [MatchApprovalCard.RejectVerb] = (new JObject { ["programmeId"] = p, ["pairId"] = w.FirstProposal.Id }, x => x.Lead, NotLeads),
            [MatchApprovalCard.ApproveAllVerb] = (programme, x => x.Lead, NotLeads),
            [MatchApprovalCard.SwapVerb] = (new JObject { ["programmeId"] = p, ["swapFirst"] = w.FirstProposal.Id, ["swapSecond"] = w.SecondProposal.Id }, x => x.Lead, NotLeads),
            [CirclePreviewCard.FormVerb] = (new JObject { ["programmeId"] = p, ["plan"] = "any" }, x => x.Lead, NotLeads),
            [MentorOfferCard.AcceptVerb] = (offer, x => x.OfferedMentor, NotTheOfferedMentor),
            [MentorOfferCard.DeclineVerb] = (new JObject(offer.Properties()) { ["declineReason"] = "busy" }, x => x.OfferedMentor, NotTheOfferedMentor),
            [CardData.FindTimeVerb] = (pair, x => x.Mentee, NotInPair),
            [FindTimeCard.BookVerb] = (slot, x => x.Mentor, NotInPair),
            [FindTimeCard.MoveVerb] = (slot, x => x.Mentee, NotInPair),
            [FindTimeCard.MoveSlotVerb] = (slot, x => x.Mentor, NotInPair),
            [CheckInCard.AnswerVerb] = (new JObject(pair.Properties()) { ["checkInId"] = "20270105T0900Z", ["met"] = "Yes", ["usefulness"] = "4" }, x => x.Mentee, NotInPair),
            [CheckInCard.ChangeVerb] = (new JObject(pair.Properties()) { ["checkInId"] = "20270105T0900Z" }, x => x.Mentor, NotInPair),
            [CheckInCard.OpenVerb] = (pair, x => x.Mentee, NotInPair),
            [FitConcernCard.EndAndRematchVerb] = (pair, x => x.Lead, x => [x.Mentee, x.Mentor, .. NotLeads(x)]),
            [NudgeCard.SnoozeVerb] = (new JObject(pair.Properties()) { ["nudgeId"] = "20270105T0900Zq" }, x => x.Mentee, NotInPair),
            [StayPauseLeaveCard.Verb] = (new JObject(pair.Properties()) { ["nudgeId"] = "20270105T0900Z", ["choice"] = StayPauseLeaveCard.Stay }, x => x.Mentor, NotInPair),
            [SurveyCard.AnswerVerb] = (new JObject(pair.Properties()) { [SurveyCard.SurveyIdField] = "mid", ["relationship"] = "4" }, x => x.Mentee, NotInPair),
            [EscalationCard.NudgeVerb] = (pair, x => x.Lead, x => [x.Mentee, x.Mentor, .. NotLeads(x)]),
            [EscalationCard.MessageVerb] = (new JObject(pair.Properties()) { [EscalationCard.MessageField] = "Please meet this week." }, x => x.Lead, x => [x.Mentee, x.Mentor, .. NotLeads(x)]),
            [EscalationCard.EndAndRematchVerb] = (pair, x => x.Lead, x => [x.Mentee, x.Mentor, .. NotLeads(x)]),
            [FadedCard.Verb] = (new JObject(pair.Properties()) { ["nudgeId"] = "20270105T0900Zf", ["choice"] = FadedCard.KeepGoing }, x => x.Mentee, NotInPair),
            [FadedLeadCard.Verb] = (new JObject(pair.Properties()) { ["choice"] = FadedLeadCard.Keep }, x => x.Lead, x => [x.Mentee, x.Mentor, .. NotLeads(x)]),
            [ContinuingCard.Verb] = (pair, x => x.Mentor, NotInPair),
            [DigestCard.ShowVerb] = (new JObject(pair.Properties()) { [DigestCard.StepField] = DigestCard.MessageStep }, x => x.Lead, x => [x.Mentee, x.Mentor, .. NotLeads(x)]),
            [DigestCard.NudgeVerb] = (pair, x => x.Lead, x => [x.Mentee, x.Mentor, .. NotLeads(x)]),
            [DigestCard.MessageVerb] = (new JObject(pair.Properties()) { [DigestCard.MessageField] = "Please meet this week." }, x => x.Lead, x => [x.Mentee, x.Mentor, .. NotLeads(x)]),
            [DigestCard.EndAndRematchVerb] = (pair, x => x.Lead, x => [x.Mentee, x.Mentor, .. NotLeads(x)]),
        };
    }

    [Fact]
    public async Task EveryRegisteredVerb_HasAnEntryInTheMatrix()
    {
        await using var world = await AccessWorld.CreateAsync();
        var registered = world.Bot.Services.GetRequiredService<CardActionRouter>().Actions.Keys.Order(StringComparer.Ordinal);

        Assert.Equal(registered, Presses(world).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryVerb_LetsTheRightPersonThrough_AtTheGate()
    {
        await using var world = await AccessWorld.CreateAsync();
        var router = world.Bot.Services.GetRequiredService<CardActionRouter>();
        var gate = world.Bot.Services.GetRequiredService<AccessGate>();
        foreach (var (verb, (payload, right, _)) in Presses(world))
        {
            var action = router.Actions[verb];
            Assert.True(CardPayloads.TryParse(action.PayloadType, payload, out var parsed), $"{verb}: the matrix's payload does not parse");
            var user = right(world);
            var turn = new ChatTurn(null!, new Dialogs.Localization.Localizer("en-US"), user.TenantId, user.ObjectId);
            var (grant, refusal) = await gate.CheckAsync(turn, action.Requires(parsed!), default);
            Assert.True(grant is not null, $"{verb}: {user.Name} was refused ({refusal?.MessageKey})");
        }
    }

    [Fact]
    public async Task EveryVerb_RefusesEveryWrongPerson_WithAMessage_AndChangesNothing()
    {
        await using var world = await AccessWorld.CreateAsync();
        var failures = new List<string>();
        var before = await world.SnapshotAsync();
        foreach (var (verb, (payload, _, wrong)) in Presses(world))
        {
            foreach (var user in wrong(world))
            {
                var replies = await PressAsync(world, user, verb, payload);
                var texts = replies.Where(r => r.Type == ActivityTypes.Message).ToList();
                if (texts.Count == 0 || texts.Any(r => string.IsNullOrWhiteSpace(r.Text)))
                    failures.Add($"{verb} by {user.Name}: no clear message");
                if (texts.Any(r => r.Attachments?.Count > 0))
                    failures.Add($"{verb} by {user.Name}: a card was sent");
                if (texts.Any(r => r.Text?.Contains("something went wrong", StringComparison.OrdinalIgnoreCase) == true))
                    failures.Add($"{verb} by {user.Name}: the turn failed");
                var after = await world.SnapshotAsync();
                if (!after.SequenceEqual(before))
                    failures.Add($"{verb} by {user.Name}: stored state changed ({string.Join(", ", after.Except(before).Select(e => e.Key).Concat(before.Keys.Except(after.Keys)))})");
            }
        }

        Assert.True(world.Messenger.Sent.Count == 0, "a refused press sent a proactive message");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("version", "{}")]
    [InlineData("programmeId", "[]")]
    [InlineData("programmeId", "42")]
    [InlineData("programmeId", "null")]
    public async Task AForgedFieldType_IsAnsweredAsAButtonThatNoLongerWorks(string field, string forged)
    {
        await using var world = await AccessWorld.CreateAsync();
        var before = await world.SnapshotAsync();
        var payload = new JObject { ["programmeId"] = world.Programme.Id, ["version"] = world.ProgrammeVersion };
        payload[field] = JToken.Parse(forged);

        var replies = await PressAsync(world, world.Lead, ProgrammeCloseCard.Verb, payload);

        Assert.Contains("no longer recognise", replies.Single(r => r.Type == ActivityTypes.Message).Text);
        Assert.Equal(before, await world.SnapshotAsync());
    }

    [Fact]
    public async Task AMissingRequiredField_IsAnsweredAsAButtonThatNoLongerWorks()
    {
        await using var world = await AccessWorld.CreateAsync();

        var replies = await PressAsync(world, world.OfferedMentor, MentorOfferCard.AcceptVerb, new JObject { ["programmeId"] = world.Programme.Id });

        Assert.Contains("no longer recognise", replies.Single(r => r.Type == ActivityTypes.Message).Text);
        Assert.Equal(Dialogs.Domain.Pairs.PairStatus.Offered, (await world.Bot.Services.GetRequiredService<Dialogs.Stores.PairStore>().GetAsync(world.Programme.Id, world.Offer.Id, default))!.Status);
    }

    [Fact]
    public async Task ALeadOfAnotherOrganisation_CannotTurnTheProgrammeIntoOneThatAdmitsTheirs()
    {
        await using var world = await AccessWorld.CreateAsync();
        var save = Presses(world)[ProgrammeFormCard.SaveVerb].Payload;

        var replies = await PressAsync(world, world.ForeignLead, ProgrammeFormCard.SaveVerb, save);

        Assert.Contains("Only programme leads", replies.Single(r => r.Type == ActivityTypes.Message).Text);
        var stored = await world.Bot.Services.GetRequiredService<Dialogs.Stores.ProgrammeStore>().GetAsync(world.Programme.Id, default);
        Assert.Equal("Data mentoring", stored!.Name);
        Assert.Empty(stored.AllowedTenants);
    }

    [Fact]
    public async Task ALeadOfAnotherOrganisation_DoesNotSeeThisOrganisationsProgrammes()
    {
        await using var world = await AccessWorld.CreateAsync();

        var replies = await world.Bot.SendAsync(world.ForeignLead, "programmes");

        Assert.DoesNotContain(replies, r => r.Attachments?.Any(a => a.Content?.ToString()?.Contains("Data mentoring", StringComparison.Ordinal) == true) == true);
    }

    [Fact]
    public async Task APersonalAction_PressedInAChannel_PointsToThePersonalChat_AndChangesNothing()
    {
        await using var world = await AccessWorld.CreateAsync();
        var before = await world.SnapshotAsync();
        var activity = Invoke(world.Mentee, CardData.FindTimeVerb, Presses(world)[CardData.FindTimeVerb].Payload);
        activity.Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: "19:general@thread.tacv2", tenantId: world.Mentee.TenantId);

        var replies = await world.Bot.ProcessAsync(activity);

        var message = replies.Single(r => r.Type == ActivityTypes.Message);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=", message.Text);
        Assert.True(message.Attachments is null or { Count: 0 });
        Assert.Equal(before, await world.SnapshotAsync());
    }

    private static Task<IReadOnlyList<Activity>> PressAsync(AccessWorld world, TeamsUser user, string verb, JObject payload) =>
        world.Bot.ProcessAsync(Invoke(user, verb, payload));

    private static Activity Invoke(TeamsUser user, string verb, JObject payload)
    {
        var activity = user.Activity(ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";
        activity.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb, data = payload.DeepClone() } });
        return activity;
    }
}
