// Development: smallest SKUs, purge protection off so a test environment can be deleted and recreated.
// Deploy with: az deployment group create -g <rg> --parameters deploy/parameters/dev.bicepparam
// after `export MENTORBOT_BOT_APP_ID=<guid>` and `export MENTORBOT_POSTGRES_PASSWORD=<a long random password>`.
using '../main.bicep'

param environmentName = 'dev'
param botAppId = readEnvironmentVariable('MENTORBOT_BOT_APP_ID')
param botAppType = 'SingleTenant'
param botSku = 'F0'
param appServicePlanSku = 'B1'
param postgresAdministratorPassword = readEnvironmentVariable('MENTORBOT_POSTGRES_PASSWORD')
param postgresSkuName = 'Standard_B1ms'
param postgresSkuTier = 'Burstable'
param storageSkuName = 'Standard_LRS'
param keyVaultPurgeProtection = false
param logRetentionInDays = 30

// Calendars through Microsoft Graph: None until the permissions in deploy/README.md are consented and the secret
// GraphClientSecret is in Key Vault; then ClientSecret (the bot's own registration unless graphClientId says otherwise).
param graphCredential = 'None'
