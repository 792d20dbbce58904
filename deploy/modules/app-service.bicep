// The bot itself: ASP.NET Core on .NET 10, Linux, with a system-assigned identity that reads Key Vault secrets
// and the storage account's tables. Every setting the app binds in production is set here; secrets are Key
// Vault references resolved by App Service with the app's identity, never values in the template.
param name string
param location string
param tags object = {}
param appServicePlanId string

@description('MicrosoftAppType: SingleTenant for a bot registered in one Entra tenant (new Azure Bots), or MultiTenant.')
@allowed([
  'SingleTenant'
  'MultiTenant'
])
param microsoftAppType string

@description('MicrosoftAppId: the bot\'s Entra application (client) id.')
param microsoftAppId string

@description('MicrosoftAppTenantId: the tenant the bot\'s Entra application is registered in.')
param microsoftAppTenantId string

@description('Name of the Key Vault that holds the secrets below.')
param keyVaultName string

@description('Key Vault secret holding the bot\'s client secret (MicrosoftAppPassword); set by the administrator.')
param microsoftAppPasswordSecretName string

@description('Key Vault secret holding the PostgreSQL connection string Hangfire uses (Jobs:ConnectionString).')
param jobsConnectionStringSecretName string

@description('Key Vault secret holding the key export links are signed with (Export:SigningKey, 32+ random characters); set by the administrator.')
param exportSigningKeySecretName string

@description('MentorBot:PublicBaseUrl: the https address browsers reach the bot at, for the export links it serves; empty for the app\'s default azurewebsites.net address.')
param publicBaseUrl string = ''

@description('The storage account\'s table endpoint, reached with the app\'s managed identity (no key).')
param storageTableEndpoint string

@secure()
param applicationInsightsConnectionString string

@description('Entra tenant ids allowed to use the bot; empty allows every tenant.')
param allowedTenantIds array = []

@description('Graph:Credential: None (no calendars: find a time offers Teams scheduling links), ClientSecret or ManagedIdentity.')
@allowed([
  'None'
  'ClientSecret'
  'ManagedIdentity'
])
param graphCredential string

@description('Graph:TenantId: the tenant whose calendars the bot reads (where the Graph permissions are consented).')
param graphTenantId string

@description('Graph:ClientId: the Entra application the Graph permissions are granted to (the bot\'s own registration by default).')
param graphClientId string

@description('Key Vault secret holding that application\'s client secret (Graph:ClientSecret); set by the administrator, used with ClientSecret.')
param graphClientSecretName string

var appSettings = [
  {
    name: 'MicrosoftAppType'
    value: microsoftAppType
  }
  {
    name: 'MicrosoftAppId'
    value: microsoftAppId
  }
  {
    name: 'MicrosoftAppPassword'
    value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${microsoftAppPasswordSecretName})'
  }
  {
    name: 'MicrosoftAppTenantId'
    value: microsoftAppTenantId
  }
  {
    name: 'Storage__Provider'
    value: 'AzureTables'
  }
  {
    name: 'Storage__AzureTables__ServiceUri'
    value: storageTableEndpoint
  }
  {
    name: 'Jobs__Storage'
    value: 'PostgreSql'
  }
  {
    name: 'Jobs__ConnectionString'
    value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${jobsConnectionStringSecretName})'
  }
  {
    // Microsoft Graph for calendars and the directory (Bot/Hosting/GraphOptions.cs); with None the bot runs without them.
    name: 'Graph__Credential'
    value: graphCredential
  }
  {
    name: 'Graph__TenantId'
    value: graphTenantId
  }
  {
    name: 'Graph__ClientId'
    value: graphClientId
  }
  {
    name: 'Graph__ClientSecret'
    value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${graphClientSecretName})'
  }
  {
    // The CSV export of leads: links signed with this key, served under this address (Bot/Hosting/ExportOptions.cs, MentorBotOptions.cs).
    name: 'Export__SigningKey'
    value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${exportSigningKeySecretName})'
  }
  {
    name: 'MentorBot__PublicBaseUrl'
    value: empty(publicBaseUrl) ? 'https://${name}.azurewebsites.net/' : publicBaseUrl
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: applicationInsightsConnectionString
  }
  {
    // The package deployed is already published (dotnet publish): App Service must not try to build it again.
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'false'
  }
]

var allowedTenantSettings = [for (tenantId, index) in allowedTenantIds: {
  name: 'MentorBot__AllowedTenants__${index}'
  value: tenantId
}]

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: appServicePlanId
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet MentorBot.dll'
      alwaysOn: true // Hangfire's server runs in this process: it must not be unloaded when idle.
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(appSettings, allowedTenantSettings)
    }
  }
}

resource basicPublishingFtp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
