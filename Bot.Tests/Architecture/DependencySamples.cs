using Azure.Data.Tables;
using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;

namespace MentorBot.Tests.Architecture;

/// <summary>
/// Known-bad code for the dependency checker to find, each hiding its dependency in a different place of the
/// compiled code. If the checker stops finding one of these, the rule tests on Bot.Dialogs prove nothing.
/// </summary>
internal static class DependencySamples
{
    internal static class BotSchemaInMethodBodyOnly
    {
        internal static int CountAttachments() => new Activity().Attachments?.Count ?? 0;
    }

    internal static class HangfireInSignatureOnly
    {
        internal static string Describe(IBackgroundJobClient client) => client is null ? "none" : "some";
    }

    internal static class AspNetCoreInLambdaOnly
    {
        internal static Func<int> StatusOfAFreshContext() => () => new DefaultHttpContext().Response.StatusCode;
    }

    internal static class AzureInAsyncStateOnly
    {
        internal static async Task<int> CountKeysAsync()
        {
            var entity = new TableEntity("p", "r");
            await Task.Yield();
            return entity.Keys.Count;
        }
    }

    internal static class PlainDotNet
    {
        internal static async Task<int> LengthAsync(string text)
        {
            await Task.Yield();
            return new List<string> { text }.Sum(t => t.Length);
        }
    }
}
