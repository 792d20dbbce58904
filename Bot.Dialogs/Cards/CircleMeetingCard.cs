using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What `find a time` shows a circle member: who proposes the circle's meetings, and a Teams new-meeting link with
/// the other members already invited (those the bot knows an address for).
/// </summary>
public static class CircleMeetingCard
{
    /// <param name="FacilitatorName">Null when the member looking is the facilitator, or the circle has none any more.</param>
    public sealed record View(string ProgrammeName, int Number, bool YouFacilitate, string? FacilitatorName, int Others, int OthersWithoutAddress, Uri NewMeeting);

    public static JsonObject Build(View view, Localizer text)
    {
        var lead = view switch
        {
            { YouFacilitate: true } => text.Format("ScheduleCircleYouFacilitate", view.Number),
            { FacilitatorName: { } name } => text.Format("ScheduleCircleFacilitatedBy", Markdown.Literal(name), view.Number),
            _ => text.Format("ScheduleCircleNoFacilitator", view.Number),
        };
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("ScheduleCircleTitle", Markdown.Literal(view.ProgrammeName))),
            AdaptiveCard.Text(lead),
            AdaptiveCard.Text(text.Format("ScheduleCircleLink", view.Others), subtle: true),
        };
        if (view.OthersWithoutAddress > 0)
            body.Add(AdaptiveCard.Text(text.Format("ScheduleCircleSomeUnknown", view.OthersWithoutAddress), subtle: true));
        return AdaptiveCard.Create(body, [AdaptiveCard.OpenUrl(text["ScheduleCircleNewMeeting"], view.NewMeeting)]);
    }
}
