using System.Text;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Tests.Cards;

/// <summary>
/// Every card of the catalogue, built with hostile text in every field a person fills (or the directory gives), shows
/// that text as text: no live link, no emphasis, no invisible character, in any TextBlock or fact; and no invisible
/// character in any title, label or value. And cards whose lists are unbounded stay under Teams' size limit.
/// </summary>
public sealed class HostileTextTests
{
    /// <summary>Teams refuses a message over about 28 KB (the whole activity, so the card leaves room for the envelope).</summary>
    private const int MaxCardBytes = 24 * 1024;

    private static readonly IReadOnlyDictionary<(string Card, string Language), Func<JsonObject>> Hostile =
        CardCatalogue.Catalogue(text => $"{text} [Re-verify your MFA](https://evil.example/{text.Length}) **now** _{text}_ \u202Egnp.exe\u200B\u2066 www.evil.example ada@evil.example <https://evil.example> &amp; `x`\r\n- 1. # > |");

    public static TheoryData<string, string> Names => CardCatalogue.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void UserText_IsShownAsText_InEveryCard(string card, string language)
    {
        var built = Hostile[(card, language)]();

        var problems = new List<string>();
        Walk(built, "$", markdown: false, problems);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CardWithHostileText_IsStillValidAgainstTheSchema(string card, string language)
    {
        var problems = AdaptiveCardSchema.Validate(Hostile[(card, language)]());

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void InviteReport_OfTwoHundredLongAddresses_IsCut_AndFitsInOneMessage()
    {
        var addresses = Enumerable.Range(0, 200).Select(i => $"{new string('a', 240)}{i:000}@contoso.com").ToList();
        var outcome = new InvitationOutcome(addresses, addresses, addresses, [.. addresses.Select(a => new RefusedAddress(a[..60], "InviteRefusedInvalid"))]);

        var card = InviteReportCard.Build(new string('P', 80), outcome, new Localizer("fr"));

        AssertFits(card);
        Assert.Contains("… et 185 de plus.", Texts(card));
    }

    [Fact]
    public void MyData_OfManyLargeDocuments_IsCut_AndFitsInOneMessage()
    {
        var document = System.Text.Json.JsonSerializer.Serialize(new { goals = Enumerable.Repeat(new string('g', 200), 3), skills = Enumerable.Repeat(new string('s', 40), 10), name = "[x](https://evil.example)" });
        string[] categories = ["DataCategoryProfile", "DataCategoryFlow", "DataCategoryContact", "DataCategoryAddresses", "DataCategoryPairs", "DataCategoryCircles"];

        var card = MyDataCard.Build([.. categories.Select(c => (c, (IReadOnlyList<string>)Enumerable.Repeat(document, 30).ToList()))], new Localizer("en"));

        AssertFits(card);
        Assert.Contains(Texts(card), t => t.EndsWith("more.", StringComparison.Ordinal));
    }

    [Fact]
    public void CirclePreview_OfManyCircles_IsCut_AndFitsInOneMessage()
    {
        var programme = new Programme { Id = "p", Name = "Circles", TenantId = "t", Leads = ["l"], Type = ProgrammeType.Circle, StartDate = new DateOnly(2027, 1, 4), EndDate = new DateOnly(2027, 6, 30) };
        var people = Enumerable.Range(0, 8).Select(i => new Dialogs.Domain.Participants.Participant { TenantId = "t", UserObjectId = $"u{i}", ProgrammeId = "p", Role = Dialogs.Domain.Participants.Role.Mentee, DisplayName = new string('n', 256) }).ToList();
        var circles = Enumerable.Range(1, 60).Select(n => new Dialogs.Domain.Matching.Circles.Circle(n, people, people[0], new Dialogs.Domain.Matching.MatchReason(Dialogs.Domain.Matching.MatchReasonKeys.FacilitatorVolunteer), 10)).ToList();

        var card = CirclePreviewCard.Build(programme, new(new(circles, 0), "plan", 0), new Localizer("en"));

        AssertFits(card);
        Assert.Contains("…and 50 more.", Texts(card));
    }

    private static List<string> Texts(JsonObject card) =>
        [.. card["body"]!.AsArray().Select(b => (string?)b!["text"]).OfType<string>()];

    private static void AssertFits(JsonObject card)
    {
        var json = card.ToJsonString();
        Assert.True(Encoding.UTF8.GetByteCount(json) <= MaxCardBytes, $"{Encoding.UTF8.GetByteCount(json)} bytes");
    }

    // TextBlock text and facts are Markdown in Teams; titles, labels, placeholders and values are shown as they are.
    private static void Walk(JsonNode? node, string path, bool markdown, List<string> problems)
    {
        switch (node)
        {
            case JsonObject element:
                var type = (string?)element["type"];
                var isFact = type is null && element.ContainsKey("title") && element.ContainsKey("value") && path.Contains(".facts[", StringComparison.Ordinal);
                foreach (var (name, child) in element)
                {
                    if (name == "data")
                        continue;
                    var rendered = (type == "TextBlock" && name == "text") || (isFact && name is "title" or "value");
                    Walk(child, $"{path}.{name}", rendered, problems);
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                    Walk(items[i], $"{path}[{i}]", markdown, problems);
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                var found = markdown ? LiveMarkup.InPayload(text) : LiveMarkup.Invisible(text) is { } c ? [$"the invisible character U+{(int)c:X4}"] : [];
                problems.AddRange(found.Select(f => $"{path}: {f} in '{text}'"));
                break;
        }
    }
}
