// MentorBot in one resource group: the bot's App Service and its Azure Bot registration (Teams channel), the
// storage its data lives in (Azure Tables) and its jobs (PostgreSQL for Hangfire), a Key Vault for secrets,
// and Application Insights. One small module per resource under modules/. Guide: deploy/README.md.
targetScope = 'resourceGroup'

@description('dev or prod; part of every resource name.')
@allowed([
  'dev'
  'prod'
])
param environmentName string

param location string = resourceGroup().location

@description('Lowercase letters and digits; the start of every resource name.')
@minLength(3)
@maxLength(10)
param namePrefix string = 'mentorbot'

@description('The bot\'s Entra application (client) id (MicrosoftAppId), registered as in deploy/README.md.')
@minLength(36)
@maxLength(36)
param botAppId string

@allowed([
  'SingleTenant'
  'MultiTenant'
])
param botAppType string = 'SingleTenant'

@description('The tenant the bot\'s Entra application lives in.')
param botTenantId string = tenant().tenantId

@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

param appServicePlanSku string = 'B1'

@description('Entra tenant ids allowed to talk to the bot (MentorBot:AllowedTenants); empty allows every tenant.')
param allowedTenantIds array = []

@description('How the bot reads calendars through Microsoft Graph: None until an administrator has consented the permissions in deploy/README.md, then ClientSecret (the secret GraphClientSecret in Key Vault) or ManagedIdentity.')
@allowed([
  'None'
  'ClientSecret'
  'ManagedIdentity'
])
param graphCredential string = 'None'

@description('The tenant whose calendars the bot reads; by default the bot\'s own.')
param graphTenantId string = botTenantId

@description('The Entra application holding the Graph permissions; by default the bot\'s own registration.')
param graphClientId string = botAppId

param postgresAdministratorLogin string = 'mentorbot'

@description('Administrator password for PostgreSQL; pass it at deployment time, never in a file (see the parameter files).')
@secure()
@minLength(16)
param postgresAdministratorPassword string

param postgresSkuName string = 'Standard_B1ms'
param postgresSkuTier string = 'Burstable'
param postgresStorageSizeGB int = 32

param storageSkuName string = 'Standard_LRS'
param keyVaultPurgeProtection bool = true
param logRetentionInDays int = 30

var suffix = uniqueString(resourceGroup().id, environmentName)
var baseName = '${namePrefix}-${environmentName}'
var compactName = replace(namePrefix, '-', '')
var tags = {
  application: 'MentorBot'
  environment: environmentName
}

// Secret names in Key Vault. The bot's client secret is set by a person; the connection string by this template.
var microsoftAppPasswordSecretName = 'MicrosoftAppPassword'
var jobsConnectionStringSecretName = 'JobsConnectionString'
var graphClientSecretName = 'GraphClientSecret'
var exportSigningKeySecretName = 'ExportSigningKey'

module logs 'modules/log-analytics-workspace.bicep' = {
  name: 'logs'
  params: {
    name: '${baseName}-logs-${suffix}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module insights 'modules/application-insights.bicep' = {
  name: 'insights'
  params: {
    name: '${baseName}-insights-${suffix}'
    location: location
    tags: tags
    workspaceId: logs.outputs.id
  }
}

module vault 'modules/key-vault.bicep' = {
  name: 'vault'
  params: {
    name: take('kv${compactName}${environmentName}${suffix}', 24)
    location: location
    tags: tags
    enablePurgeProtection: keyVaultPurgeProtection
  }
}

module storage 'modules/storage-account.bicep' = {
  name: 'storage'
  params: {
    name: take(toLower('st${compactName}${environmentName}${suffix}'), 24)
    location: location
    tags: tags
    skuName: storageSkuName
  }
}

module postgres 'modules/postgresql-server.bicep' = {
  name: 'postgres'
  params: {
    name: '${baseName}-pg-${suffix}'
    location: location
    tags: tags
    administratorLogin: postgresAdministratorLogin
    administratorLoginPassword: postgresAdministratorPassword
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
  }
}

module jobsConnectionString 'modules/key-vault-secret.bicep' = {
  name: 'jobs-connection-string'
  params: {
    keyVaultName: vault.outputs.name
    secretName: jobsConnectionStringSecretName
    secretValue: 'Host=${postgres.outputs.fullyQualifiedDomainName};Database=${postgres.outputs.databaseName};Username=${postgresAdministratorLogin};Password=${postgresAdministratorPassword};SSL Mode=Require'
  }
}

module plan 'modules/app-service-plan.bicep' = {
  name: 'plan'
  params: {
    name: '${baseName}-plan-${suffix}'
    location: location
    tags: tags
    skuName: appServicePlanSku
  }
}

module app 'modules/app-service.bicep' = {
  name: 'app'
  params: {
    name: '${baseName}-${suffix}'
    location: location
    tags: tags
    appServicePlanId: plan.outputs.id
    microsoftAppType: botAppType
    microsoftAppId: botAppId
    microsoftAppTenantId: botTenantId
    keyVaultName: vault.outputs.name
    microsoftAppPasswordSecretName: microsoftAppPasswordSecretName
    jobsConnectionStringSecretName: jobsConnectionString.outputs.name
    storageTableEndpoint: storage.outputs.tableEndpoint
    applicationInsightsConnectionString: insights.outputs.connectionString
    allowedTenantIds: allowedTenantIds
    graphCredential: graphCredential
    graphTenantId: graphTenantId
    graphClientId: graphClientId
    graphClientSecretName: graphClientSecretName
    exportSigningKeySecretName: exportSigningKeySecretName
  }
}

module appReadsSecrets 'modules/key-vault-role-assignment.bicep' = {
  name: 'app-reads-secrets'
  params: {
    keyVaultName: vault.outputs.name
    principalId: app.outputs.principalId
  }
}

module appUsesTables 'modules/storage-role-assignment.bicep' = {
  name: 'app-uses-tables'
  params: {
    storageAccountName: storage.outputs.name
    principalId: app.outputs.principalId
  }
}

module bot 'modules/bot-service.bicep' = {
  name: 'bot'
  params: {
    name: '${baseName}-bot-${suffix}'
    tags: tags
    displayName: 'MentorBot'
    endpoint: 'https://${app.outputs.defaultHostName}/api/messages'
    microsoftAppId: botAppId
    microsoftAppType: botAppType
    microsoftAppTenantId: botTenantId
    skuName: botSku
  }
}

module teams 'modules/bot-teams-channel.bicep' = {
  name: 'teams'
  params: {
    botName: bot.outputs.name
  }
}

output appName string = app.outputs.name
output appHostName string = app.outputs.defaultHostName
output keyVaultName string = vault.outputs.name
output botName string = bot.outputs.name
output microsoftAppPasswordSecretName string = microsoftAppPasswordSecretName
output graphClientSecretName string = graphClientSecretName
output exportSigningKeySecretName string = exportSigningKeySecretName
