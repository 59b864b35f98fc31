// Production environment. Values that differ per tenant are read from the environment of the
// shell that deploys (see infra/README.md); the deployment fails if a required one is unset.
using '../main.bicep'

param environmentName = 'prod'

param apiClientId = readEnvironmentVariable('SANTORIN_API_CLIENT_ID')
param dashboardOrigins = [
  readEnvironmentVariable('SANTORIN_DASHBOARD_ORIGIN')
]
param allowedClientApplications = empty(readEnvironmentVariable('SANTORIN_DASHBOARD_CLIENT_ID', ''))
  ? []
  : [
      readEnvironmentVariable('SANTORIN_DASHBOARD_CLIENT_ID', '')
    ]
param operatorPrincipalId = readEnvironmentVariable('SANTORIN_OPERATOR_OBJECT_ID', '')
param operatorPrincipalType = readEnvironmentVariable('SANTORIN_OPERATOR_TYPE', 'Group')

param cycladesBaseUrl = readEnvironmentVariable('SANTORIN_CYCLADES_BASE_URL')
param imaginBaseUrl = readEnvironmentVariable('SANTORIN_IMAGIN_BASE_URL')

// Empty unless exported: the Key Vault secrets are then left as they are.
param cycladesApiKey = readEnvironmentVariable('SANTORIN_CYCLADES_API_KEY', '')
param imaginApiKey = readEnvironmentVariable('SANTORIN_IMAGIN_API_KEY', '')

// Zone-redundant storage, one warm HTTP instance (no cold start for the dashboard), a year of
// logs for the closure history, and a vault whose secrets cannot be purged by mistake.
param storageSkuName = 'Standard_ZRS'
param maximumInstanceCount = 100
param instanceMemoryMB = 2048
param alwaysReadyHttpInstances = 1
param logRetentionInDays = 365
param keyVaultPurgeProtection = true

param closureBatchSize = 500
param closureMaxParallelBatches = 8
param editionLinkLifetime = '00:15:00'
