// Development environment. Values that differ per tenant are read from the environment of the
// shell that deploys (see infra/README.md); the deployment fails if a required one is unset.
using '../main.bicep'

param environmentName = 'dev'

param apiClientId = readEnvironmentVariable('SANTORIN_API_CLIENT_ID')
param dashboardOrigins = [
  readEnvironmentVariable('SANTORIN_DASHBOARD_ORIGIN')
]
param operatorPrincipalId = readEnvironmentVariable('SANTORIN_OPERATOR_OBJECT_ID', '')
param operatorPrincipalType = readEnvironmentVariable('SANTORIN_OPERATOR_TYPE', 'Group')

param cycladesBaseUrl = readEnvironmentVariable('SANTORIN_CYCLADES_BASE_URL')
param imaginBaseUrl = readEnvironmentVariable('SANTORIN_IMAGIN_BASE_URL')

// Empty unless exported: the Key Vault secrets are then left as they are.
param cycladesApiKey = readEnvironmentVariable('SANTORIN_CYCLADES_API_KEY', '')
param imaginApiKey = readEnvironmentVariable('SANTORIN_IMAGIN_API_KEY', '')

// Cheapest settings: one zone, scale to zero, short log retention, a vault that can be purged.
param storageSkuName = 'Standard_LRS'
param maximumInstanceCount = 40
param instanceMemoryMB = 2048
param alwaysReadyHttpInstances = 0
param logRetentionInDays = 30
param keyVaultPurgeProtection = false
