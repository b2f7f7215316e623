export {
  type DataSubject,
  type ErasureBlocker,
  type ErasureOptions,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
  scrubJsonSql,
} from './personal-data-source';
