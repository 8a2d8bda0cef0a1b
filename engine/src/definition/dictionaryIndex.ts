// Lookup tables over one or more data element dictionaries.
import type { DataElement, DataElementDictionary, ELicenceType, Entity } from '@onego/schemas/types';

export interface DictionaryIndex {
  entities: Map<string, Entity>;
  elements: Map<string, DataElement>;
  eLicences: Map<string, ELicenceType>;
}

export function indexDictionaries(dictionaries: readonly DataElementDictionary[]): DictionaryIndex {
  const index: DictionaryIndex = { entities: new Map(), elements: new Map(), eLicences: new Map() };
  for (const dictionary of dictionaries) {
    for (const entity of dictionary.entities) if (!index.entities.has(entity.id)) index.entities.set(entity.id, entity);
    for (const element of dictionary.elements) if (!index.elements.has(element.id)) index.elements.set(element.id, element);
    for (const licence of dictionary.eLicences ?? []) if (!index.eLicences.has(licence.id)) index.eLicences.set(licence.id, licence);
  }
  return index;
}

/** 'mother.idNumber' → ['mother', 'idNumber']. */
export function splitElementId(id: string): [entity: string, name: string] {
  const dot = id.indexOf('.');
  return [id.slice(0, dot), id.slice(dot + 1)];
}
