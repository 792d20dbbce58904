using MentorBot.Dialogs.Abstractions.Privacy;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`my data`: everything stored about the user, source by source, as stored.</summary>
public sealed class MyDataCommand(IEnumerable<IPersonalDataSource> sources, FlowRunner flows) : ICommandHandler
{
    public BotCommand Command => BotCommands.MyData;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        if (!turn.HasIdentity)
        {
            await turn.SayAsync(turn.Text["NoIdentity"], cancellationToken);
            return;
        }

        var sections = new List<(string, IReadOnlyList<string>)>();
        foreach (var source in sources)
            sections.Add((source.CategoryKey, await source.ExportAsync(turn.TenantId, turn.UserObjectId, cancellationToken)));
        if (await flows.CurrentAsync(turn.Context, cancellationToken) is { } flow)
            sections.Add(("DataCategoryFlow", [flow.Draft.ToString(Newtonsoft.Json.Formatting.None)]));
        await turn.SayAsync(MyDataCard.Build(sections, turn.Text), cancellationToken);
    }
}
