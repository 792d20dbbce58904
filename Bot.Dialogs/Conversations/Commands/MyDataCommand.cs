using System.Text.Json;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Privacy;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`my data`: everything stored about the user, source by source, as stored.</summary>
public sealed class MyDataCommand(IEnumerable<IPersonalDataSource> sources, FlowRunner flows) : ICommandHandler
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true };

    public BotCommand Command => BotCommands.MyData;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        if (!turn.HasIdentity)
        {
            await turn.SayAsync(turn.Text["NoIdentity"], cancellationToken);
            return;
        }

        var body = new List<JsonNode> { AdaptiveCard.Heading(turn.Text["MyDataTitle"]), AdaptiveCard.Text(turn.Text["MyDataIntro"]) };
        var any = false;
        foreach (var source in sources)
        {
            var documents = await source.ExportAsync(turn.TenantId, turn.UserObjectId, cancellationToken);
            if (documents.Count == 0)
                continue;
            any = true;
            body.Add(AdaptiveCard.Text(turn.Text[source.CategoryKey], weight: "Bolder"));
            body.AddRange(documents.Select(Code));
        }

        if (await flows.CurrentAsync(turn.Context, cancellationToken) is { } flow)
        {
            any = true;
            body.Add(AdaptiveCard.Text(turn.Text["DataCategoryFlow"], weight: "Bolder"));
            body.Add(Code(flow.Draft.ToString(Newtonsoft.Json.Formatting.None)));
        }

        if (!any)
            body.Add(AdaptiveCard.Text(turn.Text["MyDataNothing"]));
        body.Add(AdaptiveCard.Text(turn.Text["MyDataDeleteHint"], subtle: true));
        await turn.SayAsync(AdaptiveCard.Create(body), cancellationToken);
    }

    private static JsonObject Code(string json)
    {
        var pretty = JsonNode.Parse(json)?.ToJsonString(Pretty) ?? json;
        var block = AdaptiveCard.Text(pretty);
        block["fontType"] = "Monospace";
        return block;
    }
}
