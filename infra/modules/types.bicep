// Types shared by the template and its modules.

@export()
@description('Resource tags: name to value.')
type tagsType = {
  *: string
}

@export()
@description('The contract\'s app settings other than the API keys, as the app reads them.')
type contractSettingsType = {
  @description('Base URL of the Cyclades API.')
  Cyclades__BaseUrl: string

  @description('Base URL of the Imag\'In API.')
  Imagin__BaseUrl: string

  @description('Grades per Cyclades call.')
  Closure__BatchSize: string

  @description('Cyclades batches in flight at once.')
  Closure__MaxParallelBatches: string

  @description('Lifetime of a read-only SAS link (hh:mm:ss).')
  Edition__LinkLifetime: string
}

@export()
@description('Blob containers of the app.')
type containersType = {
  @description('Scanned pages, written by the grading platform: {examId}/{candidate}/{page:000}.jpg.')
  scans: string

  @description('Rendered PDFs and zip archives, served through read-only SAS links.')
  documents: string

  @description('Working blobs of the closure (planned batches), deleted by the lifecycle rule.')
  work: string

  @description('Flex Consumption deployment package.')
  deployment: string
}
