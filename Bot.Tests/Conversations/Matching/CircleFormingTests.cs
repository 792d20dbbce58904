using System.Text.Json.Nodes;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Circles;
using MentorBot.Dialogs.Domain.Matching.Circles;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary>
/// Circles in a group programme: the lead forms the circles `match` previews; they are saved once, every member is
/// introduced to their circle once (naming who facilitates and why), and the preview shows them as formed in place.
/// A stale preview or someone else's press forms nothing; a later `match` places only newcomers; "delete my data"
/// takes a member out of their circle. `find a time` from a member says who proposes the circle's meetings and links
/// a new Teams meeting with the others invited.
/// </summary>
public sealed class CircleFormingTests : IAsyncLifetime
{
    private const string FormButton = "Form these circles";

    private readonly MatchingRig _rig = new();
    private TeamsUser _maya = null!, _noah = null!;
    private List<TeamsUser> _people = null!;

    public async Task InitializeAsync()
    {
        await _rig.ProgrammeAsync(MatchingMode.LeadApproves);
        var store = _rig.Bot.Services.GetRequiredService<ProgrammeStore>();
        var (programme, version) = (await store.GetVersionedAsync(_rig.Programme.Id, default))!.Value;
        await store.SaveAsync(programme with { Type = ProgrammeType.Circle, Circles = new CircleSettings { Size = 3 } }, version, default);

        // Six people in circles of three: two circles, each with one of the two volunteers (mentors) facilitating.
        _maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        _noah = await _rig.PersonAsync("Noah", Role.Mentor, ["Public speaking"]);
        _people = [_maya, _noah];
        foreach (var name in new[] { "Ada", "Ben", "Carl", "Dora" })
            _people.Add(await _rig.PersonAsync(name, Role.Mentee, ["Data engineering"]));
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private CircleStore Circles => _rig.Bot.Services.GetRequiredService<CircleStore>();

    [Fact]
    public async Task ALead_FormsThePreviewedCircles_TheyAreStored_EachMemberIsIntroducedOnce_AndTheCardUpdatesInPlace()
    {
        var preview = await PreviewAsync();

        var (replies, updated) = await _rig.PressAsync(_rig.Lead, preview, FormButton);

        Assert.Contains("2 circle(s) formed; their 6 members", replies.Texts());
        Assert.Contains("Circles formed in Data mentoring", updated!.ToString());
        Assert.Empty(updated.SelectTokens("$..actions[*]"));

        var circles = await Circles.InProgrammeAsync(_rig.Programme.Id, default);
        Assert.Equal(2, circles.Count);
        Assert.Equal(
            _people.Select(p => p.ObjectId).Order(StringComparer.Ordinal),
            circles.SelectMany(c => c.Members).Select(m => m.UserObjectId).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { _maya.ObjectId, _noah.ObjectId }.Order(StringComparer.Ordinal), circles.Select(c => c.FacilitatorId!).Order(StringComparer.Ordinal));

        foreach (var person in _people)
        {
            var circle = circles.Single(c => c.Involves(person.ObjectId));
            var facilitator = _people.Single(p => p.ObjectId == circle.FacilitatorId);
            var card = Assert.Single(_rig.Messenger.CardsTo(person.ObjectId)).ToJsonString();
            Assert.Contains("Meet your circle in Data mentoring", card, StringComparison.Ordinal);
            Assert.Contains(
                person == facilitator ? "You facilitate this circle (Facilitates as a volunteer)" : $"Facilitator: {facilitator.Name} (Facilitates as a volunteer)",
                card,
                StringComparison.Ordinal);
            foreach (var other in circle.Members.Where(m => m.UserObjectId != person.ObjectId))
                Assert.Contains(_people.Single(p => p.ObjectId == other.UserObjectId).Name, card, StringComparison.Ordinal);
            Assert.Contains("Analyst", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PressedTwice_TheCirclesAreFormedOnce_AndNothingIsSentTwice()
    {
        var preview = await PreviewAsync();
        await _rig.PressAsync(_rig.Lead, preview, FormButton);

        var (again, updated) = await _rig.PressAsync(_rig.Lead, preview, FormButton);

        Assert.Contains("already formed", again.Texts());
        Assert.Contains("Circles formed in Data mentoring", updated!.ToString());
        Assert.Contains("Maya", updated.ToString());
        Assert.Equal(2, (await Circles.InProgrammeAsync(_rig.Programme.Id, default)).Count);
        Assert.All(_people, p => Assert.Single(_rig.Messenger.To(p.ObjectId)));
    }

    [Fact]
    public async Task IntroductionsLostToAStopAfterSaving_AreSentByTheNextPress_Once()
    {
        var formation = _rig.Bot.Services.GetRequiredService<CircleFormation>();
        var programme = (await _rig.Bot.Services.GetRequiredService<ProgrammeStore>().GetAsync(_rig.Programme.Id, default))!;
        var preview = await formation.PreviewAsync(programme, default);

        // The process stopped right after saving, before any introduction went out.
        Assert.True(await Circles.TryInsertAllAsync(CircleFormation.RecordsOf(programme.Id, preview.Plan, preview.PlanId, DateTimeOffset.UtcNow), default));
        Assert.All(_people, p => Assert.Empty(_rig.Messenger.To(p.ObjectId)));

        Assert.Equal(CircleFormation.Result.AlreadyFormed, (await formation.FormAsync(programme, preview.PlanId, default)).Result);
        await formation.FormAsync(programme, preview.PlanId, default);

        Assert.All(_people, p => Assert.Single(_rig.Messenger.To(p.ObjectId)));
    }

    [Fact]
    public async Task TwoPressesAtOnce_FormThePlanOnce_AndIntroduceEachMemberOnce()
    {
        var formation = _rig.Bot.Services.GetRequiredService<CircleFormation>();
        var programme = (await _rig.Bot.Services.GetRequiredService<ProgrammeStore>().GetAsync(_rig.Programme.Id, default))!;
        var planId = (await formation.PreviewAsync(programme, default)).PlanId;

        var results = await Task.WhenAll(formation.FormAsync(programme, planId, default), formation.FormAsync(programme, planId, default));

        Assert.Equal(
            [CircleFormation.Result.Formed, CircleFormation.Result.AlreadyFormed],
            results.Select(r => r.Result).Order());
        Assert.Equal(2, (await Circles.InProgrammeAsync(_rig.Programme.Id, default)).Count);
        Assert.All(_people, p => Assert.Single(_rig.Messenger.To(p.ObjectId)));
    }

    [Fact]
    public async Task TheStore_InsertsAPlansCirclesOnce()
    {
        CircleRecord Circle(int number) => new()
        {
            Id = CircleRecord.IdFor("plan", number),
            ProgrammeId = _rig.Programme.Id,
            FormationId = "plan",
            Number = number,
            Members = [new CircleMember(_maya.TenantId, _maya.ObjectId)],
        };

        Assert.True(await Circles.TryInsertAllAsync([Circle(1), Circle(2)], default));
        Assert.False(await Circles.TryInsertAllAsync([Circle(1), Circle(2), Circle(3)], default));

        Assert.Equal([1, 2], (await Circles.InProgrammeAsync(_rig.Programme.Id, default)).Select(c => c.Number).Order());
    }

    [Fact]
    public async Task AStalePreview_SomeoneJoinedSince_IsRefused_AndNothingIsFormed()
    {
        var preview = await PreviewAsync();
        var eve = await _rig.PersonAsync("Eve", Role.Mentee, ["Data engineering"]);

        var (replies, updated) = await _rig.PressAsync(_rig.Lead, preview, FormButton);

        Assert.Contains("no longer what the programme would form. Nothing was formed: run match again", replies.Texts());
        Assert.Null(updated);
        Assert.Empty(await Circles.InProgrammeAsync(_rig.Programme.Id, default));
        Assert.All(_people.Append(eve), p => Assert.Empty(_rig.Messenger.To(p.ObjectId)));

        // A fresh preview includes her, and forms.
        var (_, formed) = await _rig.PressAsync(_rig.Lead, await PreviewAsync(), FormButton);
        Assert.Contains("Eve", formed!.ToString());
        Assert.Single(_rig.Messenger.To(eve.ObjectId));
    }

    [Fact]
    public async Task APressBySomeoneWhoIsNotALead_IsRefused_AndNothingIsFormed()
    {
        var preview = await PreviewAsync();
        var data = (JObject)JObject.Parse(preview.ToJsonString()).SelectToken("$.actions[0].data")!;

        var (stranger, strangerCard) = await _rig.InvokeAsync(TeamsUser.Create("Stranger"), "circlesForm", data);
        var (member, _) = await _rig.PressAsync(_people[2], preview, FormButton);

        Assert.Contains("Only programme leads", stranger.Texts());
        Assert.Contains("Only programme leads", member.Texts());
        Assert.Null(strangerCard);
        Assert.Empty(await Circles.InProgrammeAsync(_rig.Programme.Id, default));
        Assert.All(_people, p => Assert.Empty(_rig.Messenger.To(p.ObjectId)));
    }

    [Fact]
    public async Task AForgedPlan_IsRefusedAsStale()
    {
        await PreviewAsync();

        var (replies, _) = await _rig.InvokeAsync(_rig.Lead, "circlesForm", new JObject { ["programmeId"] = _rig.Programme.Id, ["plan"] = "made-up" });

        Assert.Contains("Nothing was formed", replies.Texts());
        Assert.Empty(await Circles.InProgrammeAsync(_rig.Programme.Id, default));
    }

    [Fact]
    public async Task ASecondMatch_PlacesOnlyNewcomers_AndIntroducesOnlyThem()
    {
        await _rig.PressAsync(_rig.Lead, await PreviewAsync(), FormButton);
        var omar = await _rig.PersonAsync("Omar", Role.Mentor, ["Negotiation"]);
        var eve = await _rig.PersonAsync("Eve", Role.Mentee, ["Negotiation"]);
        var finn = await _rig.PersonAsync("Finn", Role.Mentee, ["Negotiation"]);

        var second = await PreviewAsync();
        var shown = second.ToJsonString();
        Assert.Contains("6 people already in a circle of this programme are not placed again", shown, StringComparison.Ordinal);
        Assert.Contains("Circle 1 (3 people)", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Circle 2", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("- Ada", shown, StringComparison.Ordinal);

        await _rig.PressAsync(_rig.Lead, second, FormButton);

        var circles = await Circles.InProgrammeAsync(_rig.Programme.Id, default);
        Assert.Equal(3, circles.Count);
        Assert.Equal(omar.ObjectId, circles.Single(c => c.Involves(eve.ObjectId)).FacilitatorId);
        Assert.All(new[] { omar, eve, finn }.Concat(_people), p => Assert.Single(_rig.Messenger.To(p.ObjectId)));
        Assert.Contains("Everyone active is already in a circle", (await PreviewAsync()).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_ListsTheCircle_AndDeleteMyData_TakesTheMemberOutOfIt_AndTheLastOneOutRemovesIt()
    {
        await _rig.PressAsync(_rig.Lead, await PreviewAsync(), FormButton);
        var circle = (await Circles.InProgrammeAsync(_rig.Programme.Id, default)).Single(c => c.Involves(_maya.ObjectId));
        var members = circle.Members.Select(m => _people.Single(p => p.ObjectId == m.UserObjectId)).ToList();
        var other = members.First(m => m != _maya);

        var shown = (await _rig.Bot.SendAsync(other, "my data")).LastCard().ToString();
        Assert.Contains("Your circles", shown);
        Assert.Contains(circle.Id, shown);

        await DeleteMyDataAsync(other);

        var after = await CircleAsync(circle.Id);
        Assert.NotNull(after);
        Assert.False(after.Involves(other.ObjectId));
        Assert.Equal(2, after.Members.Count);
        Assert.Equal(_maya.ObjectId, after.FacilitatorId);
        Assert.Equal(2, (await Circles.InProgrammeAsync(_rig.Programme.Id, default)).Count);

        // The facilitator leaves too: the circle keeps no trace of them, not even as its facilitator.
        await DeleteMyDataAsync(_maya);
        after = await CircleAsync(circle.Id);
        Assert.Equal((1, null), (after!.Members.Count, after.FacilitatorId));
        Assert.DoesNotContain(_maya.ObjectId, System.Text.Json.JsonSerializer.Serialize(after), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("has no facilitator at the moment", (await _rig.Bot.SendAsync(members.Single(m => m != _maya && m != other), "find a time")).LastCard().ToString());

        await DeleteMyDataAsync(members.Single(m => m != _maya && m != other));
        Assert.Null(await CircleAsync(circle.Id));
        Assert.Single(await Circles.InProgrammeAsync(_rig.Programme.Id, default));
    }

    [Fact]
    public async Task AFrenchSpeakingMember_IsIntroducedInFrench_AndTheLeadSeesTheButtonInFrench()
    {
        var french = await _rig.PersonAsync("Élodie", Role.Mentee, ["Data engineering"], locale: "fr-FR");
        await _rig.Bot.SendAsync(french, "aide");
        var frenchLead = _rig.Lead with { Locale = "fr-FR" };
        var preview = MatchingRig.ToCard((await _rig.Bot.SendAsync(frenchLead, "jumeler")).LastCard());

        var (replies, _) = await _rig.PressAsync(frenchLead, preview, "Former ces cercles");

        Assert.Contains("cercle(s) formé(s)", replies.Texts());
        var card = JObject.Parse(Assert.Single(_rig.Messenger.CardsTo(french.ObjectId)).ToJsonString()).ToString();
        Assert.Contains("Découvrez votre cercle dans Data mentoring", card, StringComparison.Ordinal);
        Assert.Contains("Anime le cercle en tant que", card, StringComparison.Ordinal);
        Assert.Contains("Meet your circle", Assert.Single(_rig.Messenger.CardsTo(_people[2].ObjectId)).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindATime_FromAMember_NamesWhoProposesTheCirclesMeetings_AndLinksANewTeamsMeetingWithTheOthersInvited()
    {
        await _rig.PressAsync(_rig.Lead, await PreviewAsync(), FormButton);
        var circle = (await Circles.InProgrammeAsync(_rig.Programme.Id, default)).Single(c => c.Involves(_maya.ObjectId));
        var members = circle.Members.Select(m => _people.Single(p => p.ObjectId == m.UserObjectId)).ToList();
        var (asking, silent) = (members.First(m => m != _maya), members.Last(m => m != _maya));
        var people = _rig.Bot.Services.GetRequiredService<KnownPeople>();
        await people.RememberAsync(BotHarness.Tenant, _maya.ObjectId, ["maya@contoso.com"], default);

        var card = (await _rig.Bot.SendAsync(asking, "find a time")).LastCard();

        var shown = card.ToString();
        Assert.Contains("Meetings of your circle in Data mentoring", shown);
        Assert.Contains($"Maya facilitates circle {circle.Number} and proposes its meetings", shown);
        Assert.Contains("with the 2 other members invited", shown);
        Assert.Contains("1 of them have not chatted with the bot yet", shown);
        var link = new Uri(card.SelectToken("$.actions[0].url")!.Value<string>()!);
        Assert.Equal("https://teams.microsoft.com/l/meeting/new", link.GetLeftPart(UriPartial.Path));
        Assert.Equal($"?subject={Uri.EscapeDataString($"Circle {circle.Number} – Data mentoring")}&attendees=maya%40contoso.com", link.Query);
        Assert.DoesNotContain(silent.ObjectId, shown, StringComparison.Ordinal);

        var toFacilitator = (await _rig.Bot.SendAsync(_maya with { Locale = "fr-FR" }, "trouver un créneau")).LastCard().ToString();
        Assert.Contains($"Vous animez le cercle {circle.Number}", toFacilitator);
        Assert.Contains("Nouvelle réunion Teams avec le cercle", toFacilitator);
    }

    [Fact]
    public async Task FindATime_BeforeTheCirclesAreFormed_SaysThereIsNoPairOrCircleYet()
    {
        var said = await _rig.Bot.SendAsync(_people[2], "find a time");

        Assert.Contains("You have no active mentoring pair yet", said.Texts());
    }

    private async Task<JsonObject> PreviewAsync() => MatchingRig.ToCard((await _rig.Bot.SendAsync(_rig.Lead, "match")).LastCard());

    private async Task<CircleRecord?> CircleAsync(string id) =>
        (await Circles.InProgrammeAsync(_rig.Programme.Id, default)).SingleOrDefault(c => c.Id == id);

    private async Task DeleteMyDataAsync(TeamsUser user)
    {
        var confirm = (await _rig.Bot.SendAsync(user, "delete my data")).LastCard();
        await _rig.Bot.SendAsync(user, null, confirm.Submit());
    }
}
