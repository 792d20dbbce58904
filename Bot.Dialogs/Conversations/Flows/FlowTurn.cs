using MentorBot.Dialogs.Localization;
using Microsoft.Bot.Builder;

namespace MentorBot.Dialogs.Conversations.Flows;

/// <summary>Everything a flow needs for one turn: the Bot Framework turn, the user's flow state and language.</summary>
public sealed record FlowTurn(ITurnContext Context, FlowState State, Localizer Text, string TenantId, string UserObjectId);
