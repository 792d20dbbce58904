namespace MentorBot.Tests.Deploy;

/// <summary>
/// Reads deploy/ as far as a reviewer would, without a Bicep compiler: every module main.bicep calls exists and is
/// called with the params it declares; the App Service module sets every setting the app needs in production,
/// with the right value where one is fixed; no secret is written into a template or a parameter file; and every
/// parameter file assigns only what main.bicep declares. Returns the problems found, as sentences.
/// </summary>
public sealed class DeploymentChecker(DeploymentTemplates templates)
{
    public const string AppServiceResourceType = "Microsoft.Web/sites";

    private readonly Dictionary<string, BicepFile> parsed = templates.Files.ToDictionary(f => f.Key, f => BicepFile.Parse(f.Key, f.Value));
    private readonly List<string> problems = [];

    public static IReadOnlyList<string> Check(DeploymentTemplates templates) => new DeploymentChecker(templates).Run();

    /// <summary>The App Service module's settings as name to (resolved) value expression, for tests that look closer.</summary>
    public IReadOnlyDictionary<string, string> AppSettings()
    {
        var (module, call) = AppServiceModule() ?? throw new InvalidOperationException($"No module deploys {AppServiceResourceType}.");
        return NameValueObjects(module)
            .Where(s => BicepExpression.StringValue(s.Name) is not null)
            .GroupBy(s => BicepExpression.StringValue(s.Name)!)
            .ToDictionary(g => g.Key, g => Resolve(module, call, g.First().Value));
    }

    private List<string> Run()
    {
        if (!parsed.TryGetValue(DeploymentTemplates.Main, out var main))
            return [$"deploy/{DeploymentTemplates.Main} does not exist."];

        CheckModules(main);
        CheckAppSettings();
        foreach (var file in parsed.Values)
        {
            if (file.IsParameterFile)
                CheckParameterFile(file, main);
            else
                CheckSecretsIn(file);
        }

        return problems;
    }

    private void CheckModules(BicepFile main)
    {
        foreach (var call in main.Modules)
        {
            var path = DeploymentTemplates.Resolve(main.Path, call.Path);
            if (!parsed.TryGetValue(path, out var module))
            {
                problems.Add($"main.bicep: module '{call.Symbol}' points at {call.Path}, which does not exist.");
                continue;
            }

            foreach (var passed in call.Parameters.Keys.Where(p => module.Parameter(p) is null))
                problems.Add($"main.bicep: module '{call.Symbol}' passes '{passed}', which {path} does not declare.");
            foreach (var missing in module.Parameters.Where(p => p.Value is null && !call.Parameters.ContainsKey(p.Name)))
                problems.Add($"main.bicep: module '{call.Symbol}' does not pass '{missing.Name}', which {path} requires.");
        }
    }

    private void CheckAppSettings()
    {
        if (AppServiceModule() is not { } found)
        {
            problems.Add($"main.bicep calls no module that deploys {AppServiceResourceType}: nothing sets the app's settings.");
            return;
        }

        var (module, call) = found;
        var settings = NameValueObjects(module).ToList();
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (nameExpression, value) in settings)
        {
            if (BicepExpression.StringValue(nameExpression) is not { } name)
                continue;
            if (!byName.TryAdd(name, Resolve(module, call, value)))
                problems.Add($"{module.Path}: app setting '{name}' is set twice.");
        }

        foreach (var required in ProductionSettings.Required)
        {
            if (!byName.TryGetValue(required.Name, out var value))
                problems.Add($"{module.Path}: required app setting '{required.Name}' is not set.");
            else if (required.ExpectedValue is { } expected && BicepExpression.StringValue(value) != expected)
                problems.Add($"{module.Path}: app setting '{required.Name}' must be '{expected}', not {value}.");
        }

        foreach (var prefix in ProductionSettings.ConfigurablePrefixes)
        {
            if (!settings.Any(s => s.Name.StartsWith($"'{prefix}", StringComparison.Ordinal)))
                problems.Add($"{module.Path}: no app setting named '{prefix}…': an administrator cannot set it.");
        }

        foreach (var (name, value) in byName.Where(s => BicepExpression.NamesASecret(s.Key)))
        {
            if (!BicepExpression.IsKeyVaultReference(value) && !BicepExpression.IsResourceOutput(value))
                problems.Add($"{module.Path}: app setting '{name}' holds a secret, so it must be a Key Vault reference or a resource output, not {value}.");
        }
    }

    /// <summary>Secure parameters have no default; secret-named parameters are secure; no secret is a literal.</summary>
    private void CheckSecretsIn(BicepFile file)
    {
        foreach (var parameter in file.Parameters)
        {
            if (parameter.IsSecure && parameter.Value is not null)
                problems.Add($"{file.Path}: @secure() parameter '{parameter.Name}' has a default value.");
            if (BicepExpression.NamesASecret(parameter.Name) && !parameter.IsSecure)
                problems.Add($"{file.Path}: parameter '{parameter.Name}' holds a secret but is not @secure().");
        }

        foreach (var (name, value) in file.Variables)
        {
            if (BicepExpression.NamesASecret(name) && BicepExpression.IsLiteral(value))
                problems.Add($"{file.Path}: variable '{name}' inlines a secret.");
        }

        foreach (var entry in file.Objects().SelectMany(o => o))
        {
            if (BicepExpression.NamesASecret(entry.Key) && BicepExpression.IsLiteral(entry.Value) && entry.Value != "''")
                problems.Add($"{file.Path}: '{entry.Key}' inlines a secret.");
        }
    }

    private void CheckParameterFile(BicepFile file, BicepFile main)
    {
        if (file.Using is null || DeploymentTemplates.Resolve(file.Path, file.Using) != main.Path)
            problems.Add($"{file.Path}: must start with using '../{DeploymentTemplates.Main}' (it says '{file.Using}').");

        foreach (var parameter in file.Parameters)
        {
            if (main.Parameter(parameter.Name) is null)
                problems.Add($"{file.Path}: parameter '{parameter.Name}' is not declared by main.bicep.");
            var secret = BicepExpression.NamesASecret(parameter.Name) || main.Parameter(parameter.Name)?.IsSecure == true;
            var fromOutside = parameter.Value?.StartsWith("readEnvironmentVariable(", StringComparison.Ordinal) == true ||
                parameter.Value?.StartsWith("az.getSecret(", StringComparison.Ordinal) == true ||
                parameter.Value?.StartsWith("getSecret(", StringComparison.Ordinal) == true;
            if (secret && !fromOutside)
                problems.Add($"{file.Path}: secret parameter '{parameter.Name}' must come from readEnvironmentVariable() or getSecret(), not the file.");
        }

        foreach (var required in main.Parameters.Where(p => p.Value is null && file.Parameter(p.Name) is null))
            problems.Add($"{file.Path}: does not set '{required.Name}', which main.bicep requires.");
    }

    private (BicepFile Module, BicepModule Call)? AppServiceModule()
    {
        if (!parsed.TryGetValue(DeploymentTemplates.Main, out var main))
            return null;
        foreach (var call in main.Modules)
        {
            if (parsed.TryGetValue(DeploymentTemplates.Resolve(main.Path, call.Path), out var module) && module.Declares(AppServiceResourceType))
                return (module, call);
        }

        return null;
    }

    /// <summary>Objects with exactly the keys name and value: the app settings array and its for-expressions.</summary>
    private static IEnumerable<(string Name, string Value)> NameValueObjects(BicepFile module) =>
        module.Objects()
            .Where(o => o.Count == 2 && o[0].Key == "name" && o[1].Key == "value")
            .Select(o => (o[0].Value, o[1].Value));

    /// <summary>
    /// Follows a module parameter to what main.bicep passes for it (or its default), and a module variable to its
    /// value, so a setting's value is judged where it really comes from.
    /// </summary>
    private static string Resolve(BicepFile module, BicepModule call, string expression)
    {
        for (var hops = 0; hops < 8 && BicepExpression.IsIdentifier(expression); hops++)
        {
            if (module.Parameter(expression) is { } parameter)
                return call.Parameters.TryGetValue(parameter.Name, out var passed) ? passed : parameter.Value ?? expression;
            if (!module.Variables.TryGetValue(expression, out var value))
                break;
            expression = value;
        }

        return expression;
    }
}
