using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Surveys;

/// <summary>What a survey card shows besides the survey: the programme, the partner's name and the viewer's clock.</summary>
public sealed class SurveyViews(ParticipantStore participants)
{
    public async Task<SurveyView> ForAsync(PairContext pair, Survey survey, Localizer text, CancellationToken cancellationToken)
    {
        var other = await participants.GetAsync(pair.Programme.Id, pair.OtherTenantId, pair.OtherId, cancellationToken);
        var viewer = await participants.GetAsync(pair.Programme.Id, survey.TenantId, survey.UserObjectId, cancellationToken);
        var name = other is null ? text["PersonUnnamed"] : PersonFacts.NameOf(other, text);
        return new SurveyView(survey, pair.Programme.Name, name, viewer?.WorkingHours?.TimeZone ?? "UTC");
    }
}
