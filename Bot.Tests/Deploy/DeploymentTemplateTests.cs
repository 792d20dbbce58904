namespace MentorBot.Tests.Deploy;

/// <summary>deploy/ read without a Bicep compiler (none exists here): settings, secrets, modules, parameter files.</summary>
public sealed class DeploymentTemplateTests
{
    private const string AppService = "modules/app-service.bicep";

    private static readonly DeploymentTemplates Templates = DeploymentTemplates.Load();

    public static TheoryData<string> RequiredSettingNames() => [.. ProductionSettings.Required.Select(s => s.Name)];

    [Fact]
    public void Templates_SetEverySettingTheAppNeedsInProduction_WithoutInliningASecret()
    {
        Assert.Empty(DeploymentChecker.Check(Templates));
    }

    [Fact]
    public void Checker_FindsTheAppSettingsItJudges_InTheAppServiceModule()
    {
        // Guards the checker itself: if the reader found nothing, "no problems" would mean nothing.
        var settings = new DeploymentChecker(Templates).AppSettings();

        Assert.Superset(ProductionSettings.Required.Select(s => s.Name).ToHashSet(), settings.Keys.ToHashSet());
        Assert.Equal("main.bicep passes storage.outputs.tableEndpoint", $"main.bicep passes {settings["Storage__AzureTables__ServiceUri"]}");
        Assert.True(BicepExpression.IsKeyVaultReference(settings["MicrosoftAppPassword"]), settings["MicrosoftAppPassword"]);
        Assert.True(BicepExpression.IsKeyVaultReference(settings["Jobs__ConnectionString"]), settings["Jobs__ConnectionString"]);
    }

    [Fact]
    public void Graph_IsOffUntilAnAdministratorConsents_AndItsClientSecretComesFromKeyVault()
    {
        var settings = new DeploymentChecker(Templates).AppSettings();

        Assert.True(BicepExpression.IsKeyVaultReference(settings["Graph__ClientSecret"]), settings["Graph__ClientSecret"]);
        Assert.Contains("param graphCredential string = 'None'", Templates.Files[DeploymentTemplates.Main], StringComparison.Ordinal);
        Assert.Contains("Calendars.ReadWrite", File.ReadAllText(Infrastructure.RepositoryRoot.Combine("deploy", "README.md")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RequiredSettingNames))]
    public void Checker_ReportsTheMissingSetting_WhenTheAppServiceModuleDropsIt(string name)
    {
        var broken = Templates.With(AppService, text => RemoveSetting(text, name));

        var problems = DeploymentChecker.Check(broken);

        Assert.Contains(problems, p => p.Contains($"required app setting '{name}' is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsAnInlinedSecret_WhenAKeyVaultReferenceBecomesALiteral()
    {
        var broken = Templates.With(AppService, text => text.Replace(
            "'@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${microsoftAppPasswordSecretName})'", "'hunter2'", StringComparison.Ordinal));

        var problems = DeploymentChecker.Check(broken);

        Assert.Contains(problems, p => p.Contains("'MicrosoftAppPassword' holds a secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsASecretSetting_PassedFromAPlainParameter()
    {
        var broken = Templates.With(DeploymentTemplates.Main, text => text.Replace(
            "applicationInsightsConnectionString: insights.outputs.connectionString",
            "applicationInsightsConnectionString: 'InstrumentationKey=00000000-0000-0000-0000-000000000000'",
            StringComparison.Ordinal));

        var problems = DeploymentChecker.Check(broken);

        Assert.Contains(problems, p => p.Contains("'APPLICATIONINSIGHTS_CONNECTION_STRING' holds a secret", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'applicationInsightsConnectionString' inlines a secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsAWrongValue_WhenJobsDoNotUsePostgreSql()
    {
        var broken = Templates.With(AppService, text => text.Replace("value: 'PostgreSql'", "value: 'Sqlite'", StringComparison.Ordinal));

        var problems = DeploymentChecker.Check(broken);

        Assert.Contains(problems, p => p.Contains("'Jobs__Storage' must be 'PostgreSql'", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsASecureParameterWithADefault()
    {
        var broken = Templates.With("modules/postgresql-server.bicep", text => text.Replace(
            "param administratorLoginPassword string", "param administratorLoginPassword string = 'changeme'", StringComparison.Ordinal));

        var problems = DeploymentChecker.Check(broken);

        Assert.Contains(problems, p => p.Contains("@secure() parameter 'administratorLoginPassword' has a default value", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsASecretParameterThatIsNotSecure()
    {
        var broken = Templates.With("modules/key-vault-secret.bicep", text => text.Replace("@secure()\n", string.Empty, StringComparison.Ordinal));

        var problems = DeploymentChecker.Check(broken);

        Assert.Contains(problems, p => p.Contains("parameter 'secretValue' holds a secret but is not @secure()", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsAModuleThatDoesNotExist()
    {
        var problems = DeploymentChecker.Check(Templates.Without("modules/bot-teams-channel.bicep"));

        Assert.Contains(problems, p => p.Contains("module 'teams' points at modules/bot-teams-channel.bicep, which does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsAModuleCalledWithoutARequiredParameter()
    {
        var broken = Templates.With(DeploymentTemplates.Main, text => text.Replace("    botName: bot.outputs.name\n", string.Empty, StringComparison.Ordinal));

        var problems = DeploymentChecker.Check(broken);

        Assert.Contains(problems, p => p.Contains("module 'teams' does not pass 'botName'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("parameters/dev.bicepparam")]
    [InlineData("parameters/prod.bicepparam")]
    public void Checker_ReportsAParameterFileNamingAParameterMainDoesNotDeclare(string parameterFile)
    {
        var broken = Templates.With(parameterFile, text => text + "param appServicePlanSkuName = 'P1v3'\n");

        var problems = DeploymentChecker.Check(broken);

        Assert.Contains(problems, p => p.Contains($"{parameterFile}: parameter 'appServicePlanSkuName' is not declared by main.bicep", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_ReportsAPasswordWrittenIntoAParameterFile()
    {
        var broken = Templates.With("parameters/dev.bicepparam", text => text.Replace(
            "readEnvironmentVariable('MENTORBOT_POSTGRES_PASSWORD')", "'Pa55word-in-git!'", StringComparison.Ordinal));

        var problems = DeploymentChecker.Check(broken);

        Assert.Contains(problems, p => p.Contains("secret parameter 'postgresAdministratorPassword' must come from readEnvironmentVariable()", StringComparison.Ordinal));
    }

    [Fact]
    public void ParameterFiles_AreThereForDevAndProd()
    {
        Assert.Equal(["parameters/dev.bicepparam", "parameters/prod.bicepparam"], Templates.Files.Keys.Where(k => k.EndsWith(".bicepparam", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void AppService_RunsDotNet10OnLinux_WithASystemAssignedIdentity()
    {
        var text = BicepFile.Parse(AppService, Templates.Files[AppService]).Text;

        Assert.Contains("linuxFxVersion: 'DOTNETCORE|10.0'", text, StringComparison.Ordinal);
        Assert.Contains("type: 'SystemAssigned'", text, StringComparison.Ordinal);
        Assert.Contains("httpsOnly: true", text, StringComparison.Ordinal);
        Assert.Contains("healthCheckPath: '/healthz'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyVault_UsesRbac_AndTheAppsIdentityIsGrantedSecretsUser()
    {
        const string keyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
        var main = BicepFile.Parse(DeploymentTemplates.Main, Templates.Files[DeploymentTemplates.Main]);
        var grant = Assert.Single(main.Modules, m => m.Path == "modules/key-vault-role-assignment.bicep");
        var roleModule = BicepFile.Parse(grant.Path, Templates.Files[grant.Path]);

        Assert.Contains("enableRbacAuthorization: true", Templates.Files["modules/key-vault.bicep"], StringComparison.Ordinal);
        Assert.Equal("app.outputs.principalId", grant.Parameters["principalId"]);
        Assert.Equal($"'{keyVaultSecretsUser}'", grant.Parameters.TryGetValue("roleDefinitionId", out var passed) ? passed : roleModule.Parameter("roleDefinitionId")?.Value);
    }

    [Fact]
    public void AzureBot_HasTheTeamsChannel()
    {
        var channel = Templates.Files["modules/bot-teams-channel.bicep"];

        Assert.Contains("'Microsoft.BotService/botServices/channels@", channel, StringComparison.Ordinal);
        Assert.Contains("channelName: 'MsTeamsChannel'", channel, StringComparison.Ordinal);
        Assert.Contains("endpoint: 'https://${app.outputs.defaultHostName}/api/messages'", Templates.Files[DeploymentTemplates.Main], StringComparison.Ordinal);
    }

    /// <summary>Cuts the { name: '…' value: … } object of one setting out of the module's text.</summary>
    private static string RemoveSetting(string text, string name)
    {
        var at = text.IndexOf($"name: '{name}'", StringComparison.Ordinal);
        if (at < 0)
            return text;
        var open = text.LastIndexOf('{', at);
        var close = BicepText.Close(text, open);
        return text[..open] + text[(close + 1)..];
    }
}
