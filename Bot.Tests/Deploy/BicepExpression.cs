using System.Text.RegularExpressions;

namespace MentorBot.Tests.Deploy;

/// <summary>What a Bicep value expression is, as far as secrets are concerned.</summary>
public static partial class BicepExpression
{
    /// <summary>A plain string literal (no interpolation), a number or a boolean: a value written into the template.</summary>
    public static bool IsLiteral(string expression) =>
        (expression.StartsWith('\'') && expression.EndsWith('\'') && !expression.Contains("${", StringComparison.Ordinal)) ||
        LiteralScalar().IsMatch(expression);

    /// <summary>The text of a plain string literal, or null when the expression is anything else.</summary>
    public static string? StringValue(string expression) =>
        expression.Length >= 2 && expression.StartsWith('\'') && expression.EndsWith('\'') && !expression.Contains("${", StringComparison.Ordinal)
            ? expression[1..^1].Replace("\\'", "'", StringComparison.Ordinal)
            : null;

    /// <summary>An App Service Key Vault reference: '@Microsoft.KeyVault(VaultName=…;SecretName=…)' or '(SecretUri=…)'.</summary>
    public static bool IsKeyVaultReference(string expression) => KeyVaultReference().IsMatch(expression);

    /// <summary>A value read from a deployed resource or module: x.outputs.y or x.properties.y.</summary>
    public static bool IsResourceOutput(string expression) => ResourceOutput().IsMatch(expression);

    public static bool IsIdentifier(string expression) => Identifier().IsMatch(expression);

    /// <summary>
    /// A name that holds a secret: it ends in Password, Secret or ConnectionString (or CONNECTION_STRING), optionally
    /// followed by "Value". Names that merely mention one are not secrets: passwordAuth is a switch,
    /// microsoftAppPasswordSecretName names a Key Vault secret.
    /// </summary>
    public static bool NamesASecret(string name) => SecretName().IsMatch(name);

    [GeneratedRegex(@"^(-?\d+(\.\d+)?|true|false|null)$")]
    private static partial Regex LiteralScalar();

    [GeneratedRegex(@"^'@Microsoft\.KeyVault\((VaultName=[^;')]+;SecretName=[^;')]+(;SecretVersion=[^;')]+)?|SecretUri=[^')]+)\)'$")]
    private static partial Regex KeyVaultReference();

    [GeneratedRegex(@"^[A-Za-z_]\w*!?\.(outputs|properties)(\.[A-Za-z_]\w*)+$")]
    private static partial Regex ResourceOutput();

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("(password|secret|connection_?string)(value)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
