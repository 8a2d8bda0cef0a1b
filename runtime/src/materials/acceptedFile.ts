// What an upload row records of a file: received, checked against its material's limits, and stored.
export interface AcceptedFile {
  id: string;
  materialId: string;
  sha256: string;
  size: number;
  mediaType: string;
  declaredType: string | undefined;
  filename: string;
}
