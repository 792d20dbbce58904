using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>Walks a user through onboarding with valid answers, for tests about what comes after.</summary>
public static class OnboardingScript
{
    public static async Task CompleteAsync(BotHarness bot, TeamsUser user, string role, string goal, string? programmeId = null)
    {
        var card = (await bot.SendAsync(user, null, new { verb = "join", role })).LastCard();
        if (card.InputIds().Contains("programme"))
            card = (await bot.SendAsync(user, null, card.Submit(new { programme = programmeId }))).LastCard();
        card = await Next(bot, user, card, new { department = "Data platform", jobTitle = "Engineer", seniority = role == "mentor" ? "Senior" : "EarlyCareer" });
        card = await Next(bot, user, card, new { goal1 = goal });
        card = await Next(bot, user, card, new { skills = "Data engineering" });
        card = await Next(bot, user, card, new { departmentPreference = "NoPreference", languages = "en", cadence = "Fortnightly" });
        card = await Next(bot, user, card, new { workStart = "09:00", workEnd = "17:00", workDays = "Monday,Wednesday", timeZone = "Europe/Paris" });
        if (role == "mentor")
            card = await Next(bot, user, card, new { capacity = "2" });
        card = await Next(bot, user, card, new { rateSkills = "3", rateOpportunities = "3", rateSatisfaction = "3", rateLeadership = "3" });
        var done = await bot.SendAsync(user, null, card.Submit());
        if (!done.Texts().Contains("You're in!", StringComparison.Ordinal) && !done.Texts().Contains("C'est fait", StringComparison.Ordinal))
            throw new Xunit.Sdk.XunitException("Onboarding did not finish: " + done.Texts());
    }

    private static async Task<JObject> Next(BotHarness bot, TeamsUser user, JObject card, object values) =>
        (await bot.SendAsync(user, null, card.Submit(values))).LastCard();
}
