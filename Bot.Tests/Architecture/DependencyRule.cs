namespace MentorBot.Tests.Architecture;

/// <summary>Types whose full name starts with <see cref="Scope"/> (minus <see cref="Except"/>) may not use types of the forbidden namespaces.</summary>
internal sealed record DependencyRule(string Scope, IReadOnlyList<string> ForbiddenNamespaces, string? Except = null)
{
    public static readonly IReadOnlyList<string> OutsideWorld = ["Microsoft.Bot", "Azure", "Microsoft.Graph", "Hangfire", "Microsoft.AspNetCore"];

    public static readonly IReadOnlyList<string> OutsideWorldButBotFramework = ["Azure", "Microsoft.Graph", "Hangfire", "Microsoft.AspNetCore"];

    public bool AppliesTo(string typeName) =>
        InNamespace(typeName, Scope) && (Except is null || !InNamespace(typeName, Except));

    public bool IsForbidden(string referencedType) => ForbiddenNamespaces.Any(ns => InNamespace(referencedType, ns));

    /// <summary>Every "Type uses ForbiddenType" pair in a scan, sorted.</summary>
    public IReadOnlyList<string> Violations(IReadOnlyDictionary<string, IReadOnlySet<string>> scan) =>
        [.. scan.Where(type => AppliesTo(type.Key))
            .SelectMany(type => type.Value.Where(IsForbidden).Select(used => $"{type.Key} uses {used}"))
            .Order(StringComparer.Ordinal)];

    private static bool InNamespace(string typeName, string ns) =>
        typeName.StartsWith(ns + ".", StringComparison.Ordinal) || typeName.StartsWith(ns + "+", StringComparison.Ordinal);
}
