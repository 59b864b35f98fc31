// Key Vault (RBAC authorization) holding the Cyclades and Imag'In API keys.
//
// A key passed empty leaves the secret as it is: the first deployment may set it, or the
// operator sets it with `az keyvault secret set`, and a later deployment without the key
// never overwrites or blanks what the operator stored.

import { tagsType } from 'types.bicep'

@description('Azure region of the resources.')
param location string

@description('Tags applied to every resource.')
param tags tagsType

@description('Name of the vault (3 to 24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param vaultName string

@description('Keep deleted vaults and secrets recoverable until this many days have passed.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Forbid purging a deleted vault or secret before retention ends (irreversible).')
param enablePurgeProtection bool

@description('Name of the secret holding the Cyclades API key.')
param cycladesSecretName string

@description('Name of the secret holding the Imag\'In API key.')
param imaginSecretName string

@description('Cyclades API key; empty leaves the secret as it is.')
@secure()
param cycladesApiKey string

@description('Imag\'In API key; empty leaves the secret as it is.')
@secure()
param imaginApiKey string

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // The resource provider refuses an explicit false: purge protection is either on or absent.
    enablePurgeProtection: enablePurgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource cycladesSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(cycladesApiKey)) {
  parent: vault
  name: cycladesSecretName
  properties: {
    value: cycladesApiKey
    contentType: 'Cyclades API key'
  }
}

resource imaginSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(imaginApiKey)) {
  parent: vault
  name: imaginSecretName
  properties: {
    value: imaginApiKey
    contentType: 'Imag\'In API key'
  }
}

output vaultName string = vault.name
output vaultId string = vault.id
output vaultUri string = vault.properties.vaultUri

// Versionless: the app follows the newest version of each secret.
output cycladesSecretUri string = '${vault.properties.vaultUri}secrets/${cycladesSecretName}'
output imaginSecretUri string = '${vault.properties.vaultUri}secrets/${imaginSecretName}'
