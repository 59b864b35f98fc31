// The app's storage account: Functions host and Durable task hub, Table Storage state, scans,
// documents, working blobs and the Flex Consumption deployment package. Entra ID only.

import { tagsType } from 'types.bicep'

@description('Azure region of the resources.')
param location string

@description('Tags applied to every resource.')
param tags tagsType

@description('Name of the storage account (3 to 24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param accountName string

@description('Replication of the account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string

@description('Blob containers to create.')
param containerNames string[]

@description('Container the working blobs (closure batches) go in; purged by the lifecycle rule.')
param workContainerName string

@description('Days after their last change at which working blobs are deleted.')
@minValue(1)
param workRetentionDays int

@description('Days a deleted blob or container can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int

@description('Origins allowed to read blobs from a browser (the dashboard, for SAS downloads).')
param corsAllowedOrigins string[]

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: false
      services: {
        blob: {
          enabled: true
        }
        table: {
          enabled: true
          keyType: 'Account'
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    cors: {
      corsRules: empty(corsAllowedOrigins)
        ? []
        : [
            {
              allowedOrigins: corsAllowedOrigins
              allowedMethods: [
                'GET'
                'HEAD'
              ]
              allowedHeaders: [
                '*'
              ]
              exposedHeaders: [
                'Content-Disposition'
                'Content-Length'
                'Content-Type'
              ]
              maxAgeInSeconds: 3600
            }
          ]
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for name in containerNames: {
    parent: blobService
    name: name
    properties: {
      publicAccess: 'None'
    }
  }
]

// The Durable task hub and the app create their queues and tables on first use; the services
// are declared so their settings are owned here.
resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'purge-working-blobs'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${workContainerName}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: workRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    containers
  ]
}

output accountName string = account.name
output accountId string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
