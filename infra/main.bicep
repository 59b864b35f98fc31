// Santorin closure and copy edition: everything one environment needs, in one resource group.
// Deploy with `az deployment group create --template-file infra/main.bicep
// --parameters infra/env/<environment>.bicepparam` (see infra/README.md).

targetScope = 'resourceGroup'

import { containersType, tagsType } from 'modules/types.bicep'

// ---- Naming and placement ----

@description('Short name of the application, used in resource names.')
@minLength(2)
@maxLength(10)
param appName string = 'santorin'

@description('Environment, used in resource names and tags.')
@allowed([
  'dev'
  'test'
  'prod'
])
param environmentName string

@description('Azure region of the resources; it must offer the Flex Consumption plan.')
param location string = resourceGroup().location

@description('Tags applied to every resource, besides app and environment.')
param tags tagsType = {}

// ---- Scale and cost ----

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Most instances the function app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of one function app instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('HTTP instances kept warm (0: scale to zero, cold start on the first request).')
@minValue(0)
param alwaysReadyHttpInstances int = 0

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Forbid purging the vault or its secrets before retention ends (irreversible).')
param keyVaultPurgeProtection bool = true

@description('Days after their last change at which working blobs (closure batches) are deleted.')
@minValue(1)
param workRetentionDays int = 7

// ---- Identity (Microsoft Entra ID) ----

@description('Client id of the API\'s app registration (defines the manager and corrector roles).')
@minLength(36)
@maxLength(36)
param apiClientId string

@description('Tenant that issues the tokens; the subscription\'s tenant by default.')
param tenantId string = tenant().tenantId

@description('Client ids of the apps allowed to call the API (the dashboard); empty: any app of the tenant.')
param allowedClientApplications string[] = []

@description('Origins of the dashboard allowed by CORS, e.g. https://santorin.example.fr.')
@minLength(1)
param dashboardOrigins string[]

@description('Object id of who sets the API keys (Key Vault Secrets Officer); empty grants nothing.')
param operatorPrincipalId string = ''

@description('Kind of that operator principal.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'Group'

// ---- The contract's configuration ----

@description('Base URL of the Cyclades API.')
param cycladesBaseUrl string

@description('Cyclades API key; empty leaves the Key Vault secret as it is.')
@secure()
param cycladesApiKey string = ''

@description('Base URL of the Imag\'In API.')
param imaginBaseUrl string

@description('Imag\'In API key; empty leaves the Key Vault secret as it is.')
@secure()
param imaginApiKey string = ''

@description('Grades per Cyclades call (Cyclades takes at most 1,000 lines a call).')
@minValue(1)
@maxValue(1000)
param closureBatchSize int = 500

@description('Cyclades batches in flight at once.')
@minValue(1)
@maxValue(64)
param closureMaxParallelBatches int = 8

@description('Lifetime of a read-only SAS link, as a .NET TimeSpan (hh:mm:ss).')
param editionLinkLifetime string = '00:15:00'

// ---- Names ----

var baseName = '${appName}-${environmentName}'
var compactName = toLower(replace(baseName, '-', ''))
var suffix = uniqueString(subscription().id, resourceGroup().id, baseName)
var allTags = union(tags, {
  app: appName
  environment: environmentName
})

var names = {
  workspace: 'log-${baseName}'
  appInsights: 'appi-${baseName}'
  storage: take('st${compactName}${suffix}', 24)
  vault: take('kv${compactName}${suffix}', 24)
  plan: 'asp-${baseName}'
  functionApp: 'func-${baseName}-${take(suffix, 6)}'
}

// Container names are fixed by the app code; the task hub name by this template.
var containers containersType = {
  scans: 'scans'
  documents: 'documents'
  work: 'work'
  deployment: 'app-package'
}
var taskHubName = '${compactName}hub'

var secretNames = {
  cyclades: 'cyclades-api-key'
  imagin: 'imagin-api-key'
}

// ---- Resources ----

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: allTags
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionInDays
    disableLocalAuth: true
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    tags: allTags
    accountName: names.storage
    skuName: storageSkuName
    containerNames: [
      containers.scans
      containers.documents
      containers.work
      containers.deployment
    ]
    workContainerName: containers.work
    workRetentionDays: workRetentionDays
    softDeleteRetentionDays: 7
    corsAllowedOrigins: dashboardOrigins
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    tags: allTags
    vaultName: names.vault
    softDeleteRetentionInDays: 90
    enablePurgeProtection: keyVaultPurgeProtection
    cycladesSecretName: secretNames.cyclades
    imaginSecretName: secretNames.imagin
    cycladesApiKey: cycladesApiKey
    imaginApiKey: imaginApiKey
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    location: location
    tags: allTags
    planName: names.plan
    appName: names.functionApp
    storageAccountName: storage.outputs.accountName
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: containers.deployment
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    appInsightsEntraIdIngestion: true
    cycladesApiKeySecretUri: keyVault.outputs.cycladesSecretUri
    imaginApiKeySecretUri: keyVault.outputs.imaginSecretUri
    contractSettings: {
      Cyclades__BaseUrl: cycladesBaseUrl
      Imagin__BaseUrl: imaginBaseUrl
      Closure__BatchSize: string(closureBatchSize)
      Closure__MaxParallelBatches: string(closureMaxParallelBatches)
      Edition__LinkLifetime: editionLinkLifetime
    }
    taskHubName: taskHubName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    alwaysReadyHttpInstances: alwaysReadyHttpInstances
    tenantId: tenantId
    apiClientId: apiClientId
    allowedAudiences: [
      'api://${apiClientId}'
    ]
    allowedClientApplications: allowedClientApplications
    corsAllowedOrigins: dashboardOrigins
  }
}

// The names come from `names`, known before the deployment starts, so What-If can predict the
// scopes; the app module already waits for the storage account, the vault and the component.
module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    // The identity exists only once the app does. Its id is in each assignment's name so that a
    // recreated app (new identity) gets new assignments instead of a refused update; What-If
    // therefore cannot predict these assignments.
    #disable-next-line what-if-short-circuiting
    appPrincipalId: functionApp.outputs.principalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
    storageAccountName: names.storage
    vaultName: names.vault
    appInsightsName: names.appInsights
  }
}

// ---- Outputs ----

output functionAppName string = functionApp.outputs.appName
output functionAppUrl string = 'https://${functionApp.outputs.defaultHostName}'
output functionAppPrincipalId string = functionApp.outputs.principalId
output planName string = functionApp.outputs.planName
output storageAccountName string = storage.outputs.accountName
output keyVaultName string = keyVault.outputs.vaultName
output keyVaultUri string = keyVault.outputs.vaultUri
output appInsightsName string = monitoring.outputs.appInsightsName
output logAnalyticsWorkspaceName string = monitoring.outputs.workspaceName
output taskHubName string = taskHubName
output containers containersType = containers
