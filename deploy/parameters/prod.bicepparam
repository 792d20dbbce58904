// Production: a P0v3 plan (more memory, always on), zone-redundant storage, purge protection on, paid bot SKU.
// Deploy with: az deployment group create -g <rg> --parameters deploy/parameters/prod.bicepparam
// after `export MENTORBOT_BOT_APP_ID=<guid>` and `export MENTORBOT_POSTGRES_PASSWORD=<a long random password>`.
using '../main.bicep'

param environmentName = 'prod'
param botAppId = readEnvironmentVariable('MENTORBOT_BOT_APP_ID')
param botAppType = 'SingleTenant'
param botSku = 'S1'
param appServicePlanSku = 'P0v3'
param postgresAdministratorPassword = readEnvironmentVariable('MENTORBOT_POSTGRES_PASSWORD')
param postgresSkuName = 'Standard_B2s'
param postgresSkuTier = 'Burstable'
param postgresStorageSizeGB = 64
param storageSkuName = 'Standard_ZRS'
param keyVaultPurgeProtection = true
param logRetentionInDays = 90

// Calendars through Microsoft Graph: None until the permissions in deploy/README.md are consented and the secret
// GraphClientSecret is in Key Vault; then ClientSecret (the bot's own registration unless graphClientId says otherwise).
param graphCredential = 'None'
