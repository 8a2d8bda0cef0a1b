// The parts of a matter as its service guide has them — basics, materials, form fields, the 秒批 rule,
// the result — edited in the matter editor and shown, every input disabled, for a published version.
import type { Department } from '../api/types.ts';
import { AutoApprovalSection } from './AutoApprovalSection.tsx';
import { MaterialsSection } from './MaterialsSection.tsx';
import { MatterBasicsSection } from './MatterBasicsSection.tsx';
import { MatterFieldsSection } from './MatterFieldsSection.tsx';
import type { MatterDraftModel } from './matterModel.ts';
import { MatterResultSection } from './MatterResultSection.tsx';

interface MatterSectionsProps {
  matter: MatterDraftModel;
  departments: readonly Department[];
  regions: ReadonlyMap<string, string>;
  onChange: (matter: MatterDraftModel) => void;
  onNotice: (text: string) => void;
}

export function MatterSections({ matter, departments, regions, onChange, onNotice }: MatterSectionsProps) {
  return (
    <>
      <MatterBasicsSection matter={matter} departments={departments} regions={regions} onChange={onChange} />
      <MaterialsSection matter={matter} onChange={onChange} />
      <MatterFieldsSection matter={matter} onChange={onChange} onNotice={onNotice} />
      <AutoApprovalSection matter={matter} onChange={onChange} />
      <MatterResultSection matter={matter} onChange={onChange} />
    </>
  );
}
