import { Foundation1763800000000 } from './1763800000000-Foundation.js';
import { CaseLife1763900000000 } from './1763900000000-CaseLife.js';
import { DisposalListRejection1764000000000 } from './1764000000000-DisposalListRejection.js';
import { Attachments1764100000000 } from './1764100000000-Attachments.js';
import { RegistersCore1764200000000 } from './1764200000000-RegistersCore.js';
import { RealEstate1764210000000 } from './1764210000000-RealEstate.js';
import { WorkBooks1764220000000 } from './1764220000000-WorkBooks.js';
import { Businesses1764230000000 } from './1764230000000-Businesses.js';
import { HousingBuyouts1764240000000 } from './1764240000000-HousingBuyouts.js';
import { DisplacedPersons1764250000000 } from './1764250000000-DisplacedPersons.js';
import { AttorneyCases1764260000000 } from './1764260000000-AttorneyCases.js';
import { Reports1764300000000 } from './1764300000000-Reports.js';
import { ScaleIndexes1764400000000 } from './1764400000000-ScaleIndexes.js';
import { Money1764500000000 } from './1764500000000-Money.js';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [
  Foundation1763800000000, CaseLife1763900000000, DisposalListRejection1764000000000, Attachments1764100000000,
  RegistersCore1764200000000, RealEstate1764210000000, WorkBooks1764220000000, Businesses1764230000000, HousingBuyouts1764240000000, DisplacedPersons1764250000000, AttorneyCases1764260000000, Reports1764300000000, ScaleIndexes1764400000000,
  Money1764500000000,
];
