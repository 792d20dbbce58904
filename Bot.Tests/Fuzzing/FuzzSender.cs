using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Fuzzing;

/// <summary>Someone the fuzzer sends as, named for their place in the world; <see cref="HasIdentity"/> false sends no Entra object id.</summary>
public sealed record FuzzSender(string Role, TeamsUser User, bool HasIdentity = true)
{
    public override string ToString() => Role;
}
