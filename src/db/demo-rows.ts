/**
 * Rows of the demo school, keyed by natural keys (class name, card number, ISBN, barcode,
 * chat user id); src/db/demo-repo.ts turns the keys into ids as it inserts them.
 */
export interface DemoClassRow {
  grade: number;
  number: number;
  name: string;
}
export interface DemoPatronRow {
  cardNumber: string;
  name: string;
  role: string;
  status: string;
  className: string | null;
  suspendedAt: Date | null;
  isStudentLibrarian: boolean;
  createdAt: Date;
}
export interface DemoHeadRow {
  teacherCard: string;
  className: string;
}
export interface DemoTitleRow {
  isbn: string;
  title: string;
  author: string;
  publisher: string;
  year: number;
  clc: string;
  gradeMin: number;
  gradeMax: number;
  isReference: boolean;
  recommended: boolean;
  addedOn: string;
  searchKey: string;
  updatedAt: Date;
}
export interface DemoCopyRow {
  barcode: string;
  isbn: string;
  callNumber: string;
  location: string;
  priceCents: number;
  status: string;
  updatedAt: Date;
}
export interface DemoLoanRow {
  barcode: string;
  cardNumber: string;
  issuedAt: Date;
  dueOn: string;
  renewals: number;
  returnedAt: Date | null;
  overdueLevel: number;
}
export interface DemoHoldRow {
  isbn: string;
  cardNumber: string;
  status: string;
  barcode: string | null;
  placedAt: Date;
  readyAt: Date | null;
  pickupBy: string | null;
}
export interface DemoRotaRow {
  kind: string;
  className: string | null;
  grades: string;
  cardNumber: string | null;
  weekday: number;
  start: string;
  end: string;
  weeks: string;
}
export interface DemoActivityRow {
  name: string;
  kind: string;
  description: string;
  startsOn: string;
  endsOn: string;
  deadlineOn: string | null;
  audience: string;
  createdAt: Date;
}
export interface DemoMemberRow {
  platform: string;
  userId: string;
  displayName: string;
  createdAt: Date;
}
export interface DemoBindingRow {
  userId: string;
  kind: string;
  cardNumber: string | null;
  createdAt: Date;
}
export interface DemoTermRow {
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface DemoData {
  term: DemoTermRow | null;
  classes: DemoClassRow[];
  patrons: DemoPatronRow[];
  heads: DemoHeadRow[];
  titles: DemoTitleRow[];
  copies: DemoCopyRow[];
  loans: DemoLoanRow[];
  holds: DemoHoldRow[];
  rota: DemoRotaRow[];
  activities: DemoActivityRow[];
  members: DemoMemberRow[];
  bindings: DemoBindingRow[];
}
