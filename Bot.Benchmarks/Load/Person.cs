namespace MentorBot.Benchmarks.Load;

/// <summary>Someone in a personal chat with the bot: their tenant, Entra object id and that chat's conversation id.</summary>
internal sealed record Person(string TenantId, string ObjectId, string ConversationId, string Name)
{
    /// <summary>Person number <paramref name="index"/> of a population: ids that read as what they are in a log.</summary>
    public static Person Numbered(string tenantId, int population, int index) => new(
        tenantId,
        $"00000000-0000-4000-{8000 + population:D4}-{index:D12}",
        $"a:1load{population}x{index:D6}",
        $"Load person {population}.{index}");

    /// <summary>The Bot Framework user id Teams uses next to the Entra object id.</summary>
    public string ChannelUserId => "29:1" + ObjectId.Replace("-", string.Empty, StringComparison.Ordinal);
}
