namespace MentorBot.Benchmarks.Load;

/// <summary>
/// The mix of the load benchmark, and the echo bot's version of it: the same three populations, shares, people and
/// seed, so both bots get arrivals from the same populations in the same order; the echo bot is sent comparable
/// text where MentorBot gets a card submission.
/// </summary>
internal static class Mixes
{
    /// <summary>15 % ask for help, 40 % are onboarding, 45 % have a pair (find a time, check in, answer it: 15 % each).</summary>
    private const double Help = 0.15;
    private const double Onboarding = 0.40;
    private const double WithPair = 0.45;

    // People read a card before they answer it.
    private static readonly (TimeSpan, TimeSpan) ThinkTime = (TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8));

    private static readonly string[] OnboardingTexts =
    [
        "join as mentee",
        "About you: Data platform, Engineer, early career",
        "Lead a cross-team project; Speak at a conference",
        "Data engineering, Leadership, SQL",
        "No preference; English; fortnightly",
        "09:00 to 17:00, Monday to Friday, Europe/Paris",
        "Skills 3, opportunities 3, satisfaction 3",
        "Confirm",
    ];

    private static readonly string[] PairTexts = ["find a time", "check in", "Met: yes. Useful: 4. Goals: some progress. Good fit. Next: find a time."];

    public static Mix MentorBot(int seed, int pairs)
    {
        var visitors = new Population("visitors", Help, [], i => new Visitor(Person.Numbered(LoadWorld.Tenant, LoadWorld.Visitors, i)));
        return new Mix(
            seed,
            ThinkTime,
            visitors,
            new Population("newcomers", Onboarding, [], i => new Newcomer(Person.Numbered(LoadWorld.Tenant, LoadWorld.Newcomers, i), i % 2 == 0 ? "mentee" : "mentor")),
            new Population("paired", WithPair, LoadWorld.PairedPeople(pairs).Select((p, i) => (IVirtualUser)new PairedPerson(p, startWithCheckIn: i % 2 == 1))) { Fallback = visitors });
    }

    public static Mix Echo(int seed, int pairs)
    {
        var visitors = new Population("visitors", Help, [], i => new EchoUser(Person.Numbered(LoadWorld.Tenant, LoadWorld.Visitors, i), "help", ["help"]));
        return new Mix(
            seed,
            ThinkTime,
            visitors,
            new Population("newcomers", Onboarding, [], i => new EchoUser(Person.Numbered(LoadWorld.Tenant, LoadWorld.Newcomers, i), "onboarding (text)", OnboardingTexts, once: true)),
            new Population("paired", WithPair, LoadWorld.PairedPeople(pairs).Select(p => (IVirtualUser)new EchoUser(p, "pair (text)", PairTexts))) { Fallback = visitors });
    }
}
